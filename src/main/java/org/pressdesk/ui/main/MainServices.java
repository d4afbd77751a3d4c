package org.pressdesk.ui.main;

import org.pressdesk.archive.ArchiveImportService;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.search.SearchService;
import org.pressdesk.ui.editor.EditorServices;
import org.pressdesk.workflow.ReviewService;

/**
 * The services a main window works with itself (its list, editor, review count, search, dropped files and saved
 * placement), given by the composition root. What its menus open gets its own services from there.
 */
public record MainServices(
        EditorServices editor,
        ReviewService reviews,
        SearchService search,
        ArchiveImportService archiveImport,
        LocalPreferences preferences,
        OthersChanges othersChange) {

    /** Calls {@code action} when another process commits (the shared server); returns what stops it. */
    @FunctionalInterface
    public interface OthersChanges {
        Runnable whenOthersChange(Runnable action);
    }
}
