package org.pressdesk.domain;

/** The kinds of events the audit trail records. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    OFFICE_CREATED,
    OFFICE_CHANGED,
    COMMUNIQUE_CREATED,
    COMMUNIQUE_SAVED,
    EXPORTED,
    TRANSITION,
    FOUR_EYES_WAIVED,
    COMMENTED,
    SETTING_CHANGED,
    TAG_CHANGED,
    CERTIFICATE_ADDED,
    ARCHIVE_IMPORTED
}
