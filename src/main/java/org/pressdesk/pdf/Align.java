package org.pressdesk.pdf;

/** How a line sits in its column. {@code JUSTIFY} fills the column; the last line of a paragraph is LEFT. */
enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
