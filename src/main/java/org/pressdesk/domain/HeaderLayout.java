package org.pressdesk.domain;

/** How an office's letterhead is set at the top of the first page. */
public enum HeaderLayout {
    /** Ministry and office on the left, country and motto on the right, as francophone administrations print it. */
    TWO_COLUMN,
    /** Country, motto, logo, ministry and office one under the other, centred. */
    CENTERED
}
