package org.pressdesk.pdf;

/** One rendered page as ARGB pixels, ready for any toolkit to draw. */
public record PreviewImage(int width, int height, int[] argb, int pageIndex, int pageCount) {
}
