package org.pressdesk.ui.tags;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.EditorView;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.list.CommuniqueListView;
import org.pressdesk.ui.list.CommuniqueListViewModel;

/**
 * Puts tagging into a main window: the tag bar under the editor's form, the tag filter above the list, and
 * "Outils → Étiquettes…". Suggestions are read on the rendering runner (pure computation, like the preview);
 * everything that touches the database goes through the persistence runner.
 */
public final class TagWiring {
    private final TagsViewModel tags;
    private final TagFilterViewModel filter;

    private TagWiring(TagsViewModel tags, TagFilterViewModel filter) {
        this.tags = tags;
        this.filter = filter;
    }

    public static TagWiring install(UiContext context, Window owner, EditorViewModel editor, EditorView editorView,
            CommuniqueListViewModel list, CommuniqueListView listView, MenuBar menus) {
        var services = context.services();
        TagsViewModel tags = new TagsViewModel(services.tagging(), context.user(), context.messages(),
                context.persistence(), context.rendering(), context.scheduler(), editor.title(), editor.body(),
                editor.stored());
        editorView.showBelowForm(new TagsView(tags, context.messages()));
        TagFilterViewModel filter = new TagFilterViewModel(services.tags(), services.tagging(), context.messages(),
                context.listing(), list.tagFilter());
        listView.showBelowFilter(new TagFilterView(filter, context.messages()));
        MenuItem manage = new MenuItem(context.messages().get("menu.tools.tags"));
        manage.setId("menuTags");
        manage.setOnAction(e -> new TagManagerView(new TagManagerViewModel(services.tags(), context.user(),
                context.messages(), context.persistence()), context.messages(), owner, filter::add).show());
        menus.getMenus().stream().filter(m -> "menuTools".equals(m.getId())).findFirst()
                .map(Menu::getItems).ifPresent(items -> items.addAll(new SeparatorMenuItem(), manage));
        return new TagWiring(tags, filter);
    }

    public TagsViewModel tags() {
        return tags;
    }

    public TagFilterViewModel filter() {
        return filter;
    }
}
