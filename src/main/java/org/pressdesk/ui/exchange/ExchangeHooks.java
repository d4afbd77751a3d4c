package org.pressdesk.ui.exchange;

import javafx.stage.Window;
import org.pressdesk.domain.Role;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.list.ListMarks;

/**
 * What exchange by file adds to a main window: the window behind Fichier → Échanges… (the entry itself is declared
 * with the others in ui.MainAssembly) and the conflict marks in the list, with Résoudre le conflit… for a manager.
 */
public final class ExchangeHooks {
    private final UiContext context;
    private final ExchangeViewModel.Services services;
    private Runnable followed = () -> { };

    public ExchangeHooks(UiContext context, ExchangeViewModel.Services services) {
        this.context = context;
        this.services = services;
    }

    /**
     * The marks on the list's rows in conflict, for the list's slot; {@code changed} runs when a received file or a
     * resolution changed some.
     */
    public ListMarks conflictMarks(Window owner, Runnable changed) {
        ConflictService conflicts = services.conflicts();
        boolean manager = context.user().can(Role.MANAGER);
        ConflictMarks marks = new ConflictMarks(conflicts, context.listing(), context.messages(), manager
                ? id -> new ConflictWindow(context, conflicts, owner, followed).show(id) : null);
        followed = () -> {
            changed.run();
            marks.reload();
        };
        return marks;
    }

    /** Fichier → Échanges…, for managers and administrators. */
    public void open(Window owner) {
        new ExchangeWindow(context, services, owner, followed).show();
    }
}
