package org.pressdesk.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A4 portrait and its margins; everything the writer draws stays inside the margins. In points. */
final class Paper {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN_LEFT = 22 * MM;
    static final float MARGIN_RIGHT = 22 * MM;
    static final float MARGIN_TOP = 20 * MM;
    static final float MARGIN_BOTTOM = 20 * MM;

    static final float LEFT = MARGIN_LEFT;
    static final float RIGHT = WIDTH - MARGIN_RIGHT;
    static final float TOP = HEIGHT - MARGIN_TOP;
    static final float BOTTOM = MARGIN_BOTTOM;
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    static final float CONTENT_HEIGHT = TOP - BOTTOM;

    private Paper() {
    }
}
