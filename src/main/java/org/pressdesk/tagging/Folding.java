package org.pressdesk.tagging;

import org.pressdesk.domain.TextKeys;

/** {@link TextKeys#fold}, which is fast for the characters French texts use (its own table), under a short name. */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        return TextKeys.fold(text);
    }
}
