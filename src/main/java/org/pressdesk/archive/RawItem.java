package org.pressdesk.archive;

import java.util.List;

/**
 * One communiqué as cut out of a file, before it is understood: its title, its body paragraphs (the signature
 * taken off), the signature if one was found, and the line it starts on (1 for Word files).
 */
public record RawItem(String title, List<String> paragraphs, String signature, int line) {

    public RawItem {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
        signature = signature == null ? "" : signature;
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }

    public boolean hasSignature() {
        return !signature.isEmpty();
    }
}
