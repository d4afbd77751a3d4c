package org.pressdesk.archive;

/**
 * One communiqué of an import preview: the item as read, and whether its text is already here ({@code duplicateOf}
 * the communiqué holding it) or appeared earlier in the same preview ({@code repeated}).
 */
public record PreviewItem(int index, ArchiveFile file, ParsedItem item, Long duplicateOf, boolean repeated) {

    public boolean isDuplicate() {
        return duplicateOf != null || repeated;
    }

    /** Worth ticking at first: readable and new. */
    public boolean importable() {
        return !item.hasErrors() && !isDuplicate();
    }
}
