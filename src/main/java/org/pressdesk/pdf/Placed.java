package org.pressdesk.pdf;

/**
 * An item given its place on a page: a column from {@code x} of {@code width}, and the top of its box, in PDF
 * user space (origin at the bottom left, y upwards).
 */
record Placed(FlowItem item, float x, float width, float top) {
}
