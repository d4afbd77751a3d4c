package org.pressdesk.ui.archive;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.archive.Understanding;

/**
 * One row of the import preview: the item as read, whether it is kept, the fields the user may correct, and what
 * is left to check, which follows the corrections. Rows with errors or duplicates start unticked.
 */
public final class ImportRow {
    private final PreviewItem item;
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final BooleanProperty selected;
    private final StringProperty title;
    private final ObjectProperty<LocalDate> eventDate;
    private final StringProperty office;
    private final StringProperty place;

    /** {@code ticked}: whether the row starts kept (never for an item with errors). */
    ImportRow(PreviewItem item, ImportNotes check, boolean ticked) {
        this.item = item;
        Understanding u = item.item().understanding();
        this.selected = new SimpleBooleanProperty(ticked && selectable());
        this.title = new SimpleStringProperty(item.item().title());
        this.eventDate = new SimpleObjectProperty<>(u.eventDate());
        this.office = new SimpleStringProperty(u.office() == null ? "" : u.office().code());
        this.place = new SimpleStringProperty(u.place());
        notes.bind(Bindings.createStringBinding(() -> check.describe(item, eventDate.get(), office.get()),
                eventDate, office));
    }

    ImportChoice choice() {
        return new ImportChoice(item, title.get(), eventDate.get(), office.get(), place.get(),
                item.item().understanding().genre());
    }

    public PreviewItem item() {
        return item;
    }

    /** The warnings and errors, one a line, in the user's language, for the fields as they stand. */
    public String notes() {
        return notes.get();
    }

    public ReadOnlyStringProperty notesText() {
        return notes.getReadOnlyProperty();
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
