package org.pressdesk.ui.archive;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.archive.Understanding;

/**
 * One row of the import preview: the item as read, whether it is kept, and the fields the user may correct. Rows
 * with errors or duplicates start unticked.
 */
public final class ImportRow {
    private final PreviewItem item;
    private final String notes;
    private final BooleanProperty selected;
    private final StringProperty title;
    private final ObjectProperty<LocalDate> eventDate;
    private final StringProperty office;
    private final StringProperty place;

    ImportRow(PreviewItem item, List<String> notes) {
        this.item = item;
        this.notes = String.join("\n", notes);
        Understanding u = item.item().understanding();
        this.selected = new SimpleBooleanProperty(item.importable());
        this.title = new SimpleStringProperty(item.item().title());
        this.eventDate = new SimpleObjectProperty<>(u.eventDate());
        this.office = new SimpleStringProperty(u.office() == null ? "" : u.office().code());
        this.place = new SimpleStringProperty(u.place());
    }

    ImportChoice choice() {
        return new ImportChoice(item, title.get(), eventDate.get(), office.get(), place.get(),
                item.item().understanding().genre());
    }

    public PreviewItem item() {
        return item;
    }

    /** The warnings and errors, one a line, in the user's language. */
    public String notes() {
        return notes;
    }

    /** False for an item with errors: it cannot be ticked. */
    public boolean selectable() {
        return !item.item().hasErrors();
    }

    public String source() {
        return item.item().file() + ":" + item.item().line();
    }

    public BooleanProperty selected() {
        return selected;
    }

    public StringProperty title() {
        return title;
    }

    public ObjectProperty<LocalDate> eventDate() {
        return eventDate;
    }

    public StringProperty office() {
        return office;
    }

    public StringProperty place() {
        return place;
    }
}
