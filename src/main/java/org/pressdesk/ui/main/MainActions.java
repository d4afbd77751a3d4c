package org.pressdesk.ui.main;

import java.util.function.Consumer;

/** What the menus and the toolbar can do in a main window. */
record MainActions(
        Runnable newCommunique,
        Runnable save,
        Runnable export,
        Runnable focusFilter,
        Runnable closeWindow,
        Runnable newWindow,
        Consumer<Boolean> showPreview,
        Runnable refresh,
        Runnable discardChanges,
        Runnable preferences,
        Runnable verifyAudit,
        Runnable about,
        Runnable submit,
        Runnable reviewQueue,
        Runnable history,
        Runnable auditLog,
        Runnable quit) {
}
