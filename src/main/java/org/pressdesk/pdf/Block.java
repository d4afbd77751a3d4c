package org.pressdesk.pdf;

import java.util.List;

/** Items placed at a fixed spot of a page (letterhead, running header, footer) and the height they take. */
record Block(List<Placed> items, float height) {

    static final Block EMPTY = new Block(List.of(), 0);
}
