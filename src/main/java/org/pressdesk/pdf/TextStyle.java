package org.pressdesk.pdf;

/**
 * How a kind of text is set.
 *
 * @param font the face
 * @param size the font size in points
 * @param leading the distance from one baseline to the next, in points
 * @param align the alignment of its lines
 * @param grey the grey level, 0 for black and 1 for white
 */
record TextStyle(FontStyle font, float size, float leading, Align align, float grey) {

    TextStyle withAlign(Align newAlign) {
        return new TextStyle(font, size, leading, newAlign, grey);
    }
}
