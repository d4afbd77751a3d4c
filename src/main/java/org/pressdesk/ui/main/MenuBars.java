package org.pressdesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;

/** Turns the declared {@link MenuEntry} list into a menu bar: the one place menu items are made. */
public final class MenuBars {
    private MenuBars() {
    }

    /** The menus of {@link MainMenu} that have entries, each with its entries in the order of {@code entries}. */
    public static MenuBar of(List<MenuEntry> entries, Messages messages, UserAccount user) {
        List<Menu> menus = new ArrayList<>();
        for (MainMenu which : MainMenu.values()) {
            List<MenuItem> items = entries.stream().filter(e -> e.menu() == which)
                    .filter(e -> e.shownTo() == null || user.can(e.shownTo()))
                    .map(e -> item(e, messages, user)).toList();
            if (!items.isEmpty()) {
                Menu menu = new Menu(messages.get(which.labelKey()), null, items.toArray(MenuItem[]::new));
                menu.setId(which.id());
                menus.add(menu);
            }
        }
        MenuBar bar = new MenuBar(menus.toArray(Menu[]::new));
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(MenuEntry entry, Messages messages, UserAccount user) {
        if (entry.kind() == MenuEntry.Kind.SEPARATOR) {
            return new SeparatorMenuItem();
        }
        MenuItem item;
        if (entry.kind() == MenuEntry.Kind.CHECK) {
            CheckMenuItem check = new CheckMenuItem(messages.get(entry.labelKey()));
            check.setSelected(true);
            check.selectedProperty().addListener((o, was, now) -> entry.toggle().accept(now));
            item = check;
        } else {
            item = new MenuItem(messages.get(entry.labelKey()));
            item.setOnAction(e -> entry.action().run());
        }
        item.setId(entry.id());
        if (entry.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(entry.accelerator()));
        }
        item.setDisable(entry.enabledFor() != null && !user.can(entry.enabledFor()));
        return item;
    }
}
