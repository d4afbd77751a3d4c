package org.pressdesk.ui.review;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.pressdesk.domain.WordDiff;

/** A word-level comparison as flowing text: removed words struck through in red, added ones underlined in green. */
public final class DiffView extends TextFlow {

    public DiffView(ObservableList<WordDiff.Segment> segments, String styleClass) {
        getStyleClass().addAll("diff", styleClass);
        segments.addListener((ListChangeListener<WordDiff.Segment>) change -> show(segments));
        show(segments);
    }

    private void show(List<WordDiff.Segment> segments) {
        getChildren().setAll(segments.stream().map(DiffView::text).toList());
    }

    private static Text text(WordDiff.Segment segment) {
        Text text = new Text(segment.text());
        text.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (segment.kind() == WordDiff.Kind.REMOVED) {
            text.setStrikethrough(true);
        } else if (segment.kind() == WordDiff.Kind.ADDED) {
            text.setUnderline(true);
        }
        return text;
    }
}
