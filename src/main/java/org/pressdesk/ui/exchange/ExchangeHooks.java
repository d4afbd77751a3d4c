package org.pressdesk.ui.exchange;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Role;
import org.pressdesk.ui.common.UiContext;

/**
 * What exchange by file adds to the main window, in one call: Fichier → Échanges… for managers and administrators,
 * and the conflict marks (with Résoudre le conflit… for a manager) in the list.
 */
public final class ExchangeHooks {
    private ExchangeHooks() {
    }

    /** @param changed called when a received file or a resolved conflict changed communiqués */
    public static void install(UiContext context, Window owner, MenuBar menus, TableView<CommuniqueSummary> list,
            Runnable changed) {
        boolean manager = context.user().can(Role.MANAGER);
        ConflictMarks marks = new ConflictMarks(list, context.services().conflicts(), context.listing());
        Runnable followed = () -> {
            changed.run();
            marks.reload();
        };
        marks.install(context.messages(), manager
                ? id -> new ConflictWindow(context, owner, followed).show(id) : null);
        if (!manager) {
            return;
        }
        MenuItem item = new MenuItem(context.messages().get("menu.file.exchange"));
        item.setId("menuExchange");
        item.setOnAction(e -> new ExchangeWindow(context, owner, followed).show());
        menus.getMenus().stream().filter(m -> "menuFile".equals(m.getId())).findFirst().map(Menu::getItems)
                .ifPresent(items -> {
                    int after = items.stream().map(MenuItem::getId).toList().indexOf("menuImport");
                    items.add(after < 0 ? Math.min(2, items.size()) : after + 1, item);
                });
    }
}
