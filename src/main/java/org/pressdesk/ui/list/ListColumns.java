package org.pressdesk.ui.list;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.pressdesk.domain.CommuniqueSummary;

/**
 * The list's columns, made to fit the list's width: the title takes what is left, every other column is as wide as
 * its header and its widest value need, and a column that would leave the title too narrow ({@link ColumnFit}) is
 * hidden, its value shown on the title's second line instead. So the list never scrolls sideways and no value is
 * out of sight, at any divider position.
 */
final class ListColumns {
    /** A column beside the title, with the values whose widest sets its width. */
    private record Other(TableColumn<CommuniqueSummary, String> column, Function<CommuniqueSummary, String> value,
            Supplier<List<String>> samples) {
    }

    private final TableView<CommuniqueSummary> table;
    private final List<Other> others = new ArrayList<>();
    private TableColumn<CommuniqueSummary, String> title;
    private boolean fitting;
    private ScrollBar followed;

    ListColumns(TableView<CommuniqueSummary> table) {
        this.table = table;
    }

    /** The title column, first of the list's own columns. */
    void title(String header, Function<CommuniqueSummary, String> value) {
        title = column(header, value);
        title.setId("titleColumn");
        title.setCellFactory(c -> new TitleCell(this::folded));
        table.getColumns().add(title);
    }

    /** A column after the title, less important than those added before it; {@code samples} its widest values. */
    void add(String id, String header, Function<CommuniqueSummary, String> value, Supplier<List<String>> samples) {
        TableColumn<CommuniqueSummary, String> column = column(header, value);
        column.setId(id);
        column.setResizable(false);
        others.add(new Other(column, value, samples));
        table.getColumns().add(column);
    }

    /** Fits the columns now and whenever the list's width, rows or columns change. */
    void install() {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.widthProperty().addListener((o, was, now) -> fit());
        table.getItems().addListener((ListChangeListener<CommuniqueSummary>) change -> fit());
        table.getColumns().addListener((ListChangeListener<TableColumn<CommuniqueSummary, ?>>) change -> fit());
        table.skinProperty().addListener((o, was, now) -> fit());
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                followScrollBar();
            }
        });
    }

    /** The values of the hidden columns for {@code row}, in order, as the title's second line shows them. */
    String folded(CommuniqueSummary row) {
        List<String> values = new ArrayList<>();
        for (Other other : others) {
            String value = other.column().isVisible() ? "" : other.value().apply(row);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return String.join(" · ", values);
    }

    /** The vertical scroll bar takes room from the columns when it appears: fit again then. */
    private void followScrollBar() {
        ScrollBar bar = verticalBar();
        if (bar != null && bar != followed) {
            followed = bar;
            bar.visibleProperty().addListener((o, was, now) -> fit());
            fit();
        }
    }

    private void fit() {
        Labeled header = (Labeled) table.lookup(".column-header .label");
        if (fitting || header == null || table.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            double fixed = 0;
            for (TableColumn<CommuniqueSummary, ?> column : table.getColumns()) {
                if (column != title && others.stream().noneMatch(o -> o.column() == column)) {
                    column.setMinWidth(column.getPrefWidth());
                    column.setMaxWidth(column.getPrefWidth());
                    fixed += column.getPrefWidth();
                }
            }
            List<Double> widths = others.stream().map(o -> needed(o, header.getFont())).toList();
            int shown = ColumnFit.shown(available(), fixed, widths);
            for (int i = 0; i < others.size(); i++) {
                TableColumn<CommuniqueSummary, String> column = others.get(i).column();
                double width = widths.get(i);
                column.setMinWidth(width);
                column.setMaxWidth(width);
                column.setPrefWidth(width);
                column.setVisible(i < shown);
            }
            title.setMinWidth(Math.min(ColumnFit.TITLE_MIN, Math.max(40, available() - fixed)));
            table.refresh();
        } finally {
            fitting = false;
        }
    }

    /** The width the rows have: the table's, without its border and its vertical scroll bar when shown. */
    private double available() {
        ScrollBar bar = verticalBar();
        double scroll = bar != null && bar.isVisible() ? bar.getWidth() : 0;
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scroll;
    }

    private ScrollBar verticalBar() {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar;
            }
        }
        return null;
    }

    /** The header's text in its (bold) font or the widest value in the rows' font, with the cells' padding. */
    private static double needed(Other other, Font headerFont) {
        Font rowFont = Font.font(headerFont.getFamily(), FontWeight.NORMAL, headerFont.getSize());
        double widest = width(other.column().getText(), headerFont);
        for (String sample : other.samples().get()) {
            widest = Math.max(widest, width(sample, rowFont));
        }
        // half an em of padding on each side, the cell's one-pixel border and a little air
        return Math.ceil(widest + headerFont.getSize() + 4);
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static TableColumn<CommuniqueSummary, String> column(String header,
            Function<CommuniqueSummary, String> value) {
        TableColumn<CommuniqueSummary, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
