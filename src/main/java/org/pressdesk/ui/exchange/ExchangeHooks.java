package org.pressdesk.ui.exchange;

import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Role;
import org.pressdesk.exchange.ConflictService;
import org.pressdesk.ui.common.UiContext;

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

    /** Marks the list's rows in conflict; {@code changed} runs when a received file or a resolution changed some. */
    public void markConflicts(TableView<CommuniqueSummary> list, Window owner, Runnable changed) {
        ConflictService conflicts = services.conflicts();
        ConflictMarks marks = new ConflictMarks(list, conflicts, context.listing());
        followed = () -> {
            changed.run();
            marks.reload();
        };
        boolean manager = context.user().can(Role.MANAGER);
        marks.install(context.messages(), manager
                ? id -> new ConflictWindow(context, conflicts, owner, followed).show(id) : null);
    }

    /** Fichier → Échanges…, for managers and administrators. */
    public void open(Window owner) {
        new ExchangeWindow(context, services, owner, followed).show();
    }
}
