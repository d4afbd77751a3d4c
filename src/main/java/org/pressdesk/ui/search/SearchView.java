package org.pressdesk.ui.search;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.pressdesk.domain.Status;
import org.pressdesk.i18n.Messages;
import org.pressdesk.search.SearchHit;
import org.pressdesk.search.Snippet;

/** The search box, its filters, and the ranked hits with their highlighted snippets. */
public final class SearchView extends VBox {
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();

    public SearchView(SearchViewModel model, Messages messages, LongConsumer onOpen) {
        getStyleClass().add("search-view");
        getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());
        field.setId("searchField");
        field.setPromptText(messages.get("search.prompt"));
        field.setAccessibleText(messages.get("search.accessible"));
        field.textProperty().bindBidirectional(model.text());
        results.setId("searchResults");
        results.setAccessibleText(messages.get("search.results.accessible"));
        results.setItems(model.hits());
        results.setPlaceholder(new Label(messages.get("search.empty")));
        results.setCellFactory(list -> new HitCell(messages));
        results.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onOpen.accept(now.id());
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.textProperty().bind(model.summary());
        summary.setWrapText(true);
        ProgressBar indexing = new ProgressBar();
        indexing.setId("indexProgress");
        indexing.progressProperty().bind(model.indexing());
        indexing.visibleProperty().bind(model.indexBusy());
        indexing.managedProperty().bind(model.indexBusy());
        indexing.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(field, filters(model, messages), results, indexing, summary);
    }

    private static HBox filters(SearchViewModel model, Messages messages) {
        ComboBox<Status> status = new ComboBox<>();
        status.setId("searchStatus");
        status.getItems().add(null);
        status.getItems().addAll(Status.values());
        status.valueProperty().bindBidirectional(model.status());
        status.setPromptText(messages.get("search.allStatuses"));
        status.setAccessibleText(messages.get("search.status.accessible"));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status value) {
                return value == null ? messages.get("search.allStatuses") : messages.get("status." + value.name());
            }

            @Override
            public Status fromString(String text) {
                return null;
            }
        });
        ComboBox<String> office = new ComboBox<>();
        office.setId("searchOffice");
        office.setPromptText(messages.get("search.allOffices"));
        office.setAccessibleText(messages.get("search.office.accessible"));
        model.officeCodes().addListener((javafx.collections.ListChangeListener<String>) change -> {
            List<String> codes = new ArrayList<>();
            codes.add("");
            codes.addAll(model.officeCodes());
            office.getItems().setAll(codes);
        });
        office.valueProperty().addListener((o, was, now) -> model.office().set(now == null ? "" : now));
        HBox box = new HBox(6, status, office);
        box.getStyleClass().add("search-filters");
        return box;
    }

    /** Puts the cursor in the search box. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** A hit: its title, date, office and status, and a snippet with the matched words highlighted. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final Messages messages;

        HitCell(Messages messages) {
            this.messages = messages;
            // Without this a cell is as wide as its longest line and the list scrolls sideways; with it, the
            // title and the snippet wrap to the list's width.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-title");
            String date = hit.eventDate() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(messages.locale()).format(hit.eventDate());
            Label meta = new Label(messages.get("search.meta", date, hit.officeCode(),
                    messages.get("status." + hit.status().name())));
            meta.getStyleClass().add("search-meta");
            title.setWrapText(true);
            TextFlow snippet = snippet(hit.snippet());
            VBox box = new VBox(2, title, meta, snippet);
            if (hit.partial()) {
                Label partial = new Label(messages.get("search.partial", hit.matchedWords(), hit.queryWords()));
                partial.getStyleClass().add("search-partial");
                box.getChildren().add(1, partial);
            }
            box.setMinWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            setAccessibleText(hit.title() + ". " + (hit.partial() ? messages.get("search.partial",
                    hit.matchedWords(), hit.queryWords()) + ". " : "") + hit.snippet().text());
        }

        /** As tall as the wrapped title and snippet at the width the cell has (the list asks without one). */
        @Override
        protected double computePrefHeight(double width) {
            if (!(getGraphic() instanceof Region box)) {
                return super.computePrefHeight(width);
            }
            double outer = width > 0 ? width : getWidth() > 0 ? getWidth() : getListView().getWidth() - 20;
            double inner = Math.max(40, outer - snappedLeftInset() - snappedRightInset());
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        private static TextFlow snippet(Snippet snippet) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("search-snippet");
            int at = 0;
            for (Snippet.Highlight h : snippet.highlights()) {
                flow.getChildren().add(new Text(snippet.text().substring(at, h.start())));
                Text match = new Text(snippet.text().substring(h.start(), h.end()));
                match.getStyleClass().add("search-match");
                flow.getChildren().add(match);
                at = h.end();
            }
            flow.getChildren().add(new Text(snippet.text().substring(at)));
            return flow;
        }
    }
}
