package org.pressdesk.ui.tags;

import javafx.scene.Node;
import javafx.stage.Window;
import org.pressdesk.tagging.TagService;
import org.pressdesk.tagging.TaggingService;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.list.CommuniqueListViewModel;

/**
 * Tagging in one main window: the tag bar for its editor, the tag filter for its list, and the tag manager, whose
 * "filter by this tag" adds to that same filter. The main window's assembly puts the two panels in their places and
 * the manager in "Outils → Étiquettes…". Suggestions are read on the rendering runner (pure computation, like the
 * preview); everything that touches the database goes through the persistence runner.
 */
public final class TagPanels {
    private final UiContext context;
    private final TagService tagService;
    private final TagsViewModel tags;
    private final TagFilterViewModel filter;

    public TagPanels(UiContext context, TagService tagService, TaggingService tagging, EditorViewModel editor,
            CommuniqueListViewModel list) {
        this.context = context;
        this.tagService = tagService;
        this.tags = new TagsViewModel(tagging, context.user(), context.messages(), context.persistence(),
                context.rendering(), context.scheduler(), editor.title(), editor.body(), editor.stored());
        this.filter = new TagFilterViewModel(tagService, tagging, context.messages(), context.listing(),
                list.tagFilter());
    }

    /** The tag bar shown under the editor's form. */
    public Node editorPanel() {
        return new TagsView(tags, context.messages());
    }

    /** The tag filter shown under the list's filter field. */
    public Node filterPanel() {
        return new TagFilterView(filter, context.messages());
    }

    /** Opens the tag manager over {@code owner}. */
    public void manage(Window owner) {
        new TagManagerView(new TagManagerViewModel(tagService, context.user(), context.messages(),
                context.persistence()), context.messages(), owner, filter::add).show();
    }

    public TagsViewModel tags() {
        return tags;
    }

    public TagFilterViewModel filter() {
        return filter;
    }
}
