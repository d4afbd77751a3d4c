package org.pressdesk.ui.main;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.list.CommuniqueListView;
import org.pressdesk.ui.search.SearchView;

/**
 * What the archive adds to the main window: menu entries (import, search, rebuild the index) put into the
 * existing menus, and the list and the full-text search side by side in two tabs.
 */
final class ArchiveHooks {
    private ArchiveHooks() {
    }

    /** What the archive's menu entries do. */
    record Actions(Runnable importArchives, Runnable focusSearch, Runnable rebuildIndex) {
    }

    static void installMenus(MenuBar bar, Messages messages, Actions actions) {
        menu(bar, "menuFile").ifPresent(file -> file.getItems().addAll(2, java.util.List.of(
                item("menuImport", messages.get("menu.file.import"), "Shortcut+Shift+I", actions.importArchives()),
                new SeparatorMenuItem())));
        menu(bar, "menuEdit").ifPresent(edit -> edit.getItems().add(1,
                item("menuSearch", messages.get("menu.edit.search"), "Shortcut+Shift+F", actions.focusSearch())));
        menu(bar, "menuTools").ifPresent(tools -> tools.getItems().add(
                item("menuRebuildIndex", messages.get("menu.tools.rebuildIndex"), null, actions.rebuildIndex())));
    }

    static TabPane listAndSearch(CommuniqueListView list, SearchView search, Messages messages) {
        Tab listTab = new Tab(messages.get("main.tab.list"), list);
        listTab.setId("listTab");
        Tab searchTab = new Tab(messages.get("main.tab.search"), search);
        searchTab.setId("searchTab");
        TabPane tabs = new TabPane(listTab, searchTab);
        tabs.setId("listTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the search tab is for typing: choosing it puts the cursor in its field
        searchTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                javafx.application.Platform.runLater(search::focusField);
            }
        });
        return tabs;
    }

    private static java.util.Optional<Menu> menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst();
    }

    private static MenuItem item(String id, String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
