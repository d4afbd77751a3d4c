package org.pressdesk.domain;

/**
 * How a communiqué's body is written. Bodies saved before markup existed are {@code PLAIN}: every line is a
 * paragraph. New bodies are {@code MARKDOWN}, a small subset: paragraphs, **bold**, *italic*, bulleted and
 * numbered lists and quotations; a single line break also starts a new paragraph, as it does in plain text.
 */
public enum BodyFormat {
    PLAIN,
    MARKDOWN
}
