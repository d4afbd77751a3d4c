package org.pressdesk.ui.main;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.list.CommuniqueListView;
import org.pressdesk.ui.search.SearchView;

/** What the archive adds to the main window's screens: the list and the full-text search side by side in two tabs. */
final class ArchiveHooks {
    private ArchiveHooks() {
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
}
