package org.pressdesk.pdf;

/** A piece of a line set in one face. */
record Run(String text, FontStyle font) {
}
