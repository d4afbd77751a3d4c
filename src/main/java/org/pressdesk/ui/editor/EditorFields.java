package org.pressdesk.ui.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;

/**
 * The editor's form: what the fields hold, the offices to choose from, and the content they make. Filling the form
 * from stored content and reading it back are each one place.
 */
final class EditorFields {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<Genre> genre = new SimpleObjectProperty<>(Genre.PRESS_RELEASE);
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> eventDate = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty("fr");
    private final ObjectProperty<LocalDateTime> embargo = new SimpleObjectProperty<>();
    private final ObservableList<Office> offices = FXCollections.observableArrayList();
    private long defaultOfficeId;

    /** Every field whose change makes the text unsaved. */
    List<Observable> all() {
        return List.of(title, body, place, genre, office, eventDate, language, embargo);
    }

    void setOffices(List<Office> all, long preferredId) {
        offices.setAll(all);
        defaultOfficeId = preferredId;
    }

    /** Empties the form for a new draft: the default office, its city, today in its time zone. */
    void clear() {
        Office issuer = defaultOffice();
        title.set("");
        body.set("");
        genre.set(Genre.PRESS_RELEASE);
        office.set(issuer);
        place.set(issuer == null ? "" : issuer.letterhead().city());
        eventDate.set(LocalDate.now(issuer == null ? ZoneId.systemDefault() : issuer.timeZone()));
        language.set("fr");
        embargo.set(null);
    }

    /** Shows stored or autosaved content; an office no longer known falls back to {@code fallback}. */
    void fill(CommuniqueContent text, Office fallback) {
        title.set(text.title());
        genre.set(text.genre());
        office.set(officeById(text.officeId()).orElse(fallback));
        body.set(EditorMarkup.editable(text));
        embargo.set(EditorMarkup.localEmbargo(text, office.get()));
        place.set(text.place());
        eventDate.set(text.eventDate());
        language.set(text.language());
    }

    /** The fields as they stand, as content to save. */
    CommuniqueContent content() {
        Office issuer = office.get();
        return new CommuniqueContent(title.get(), body.get(), genre.get(), issuer == null ? 0 : issuer.id(),
                place.get(), eventDate.get(), language.get(), EditorMarkup.embargoInstant(embargo.get(), issuer),
                BodyFormat.MARKDOWN);
    }

    Office defaultOffice() {
        return offices.isEmpty() ? null : officeById(defaultOfficeId).orElse(offices.get(0));
    }

    private Optional<Office> officeById(long id) {
        return offices.stream().filter(o -> o.id() == id).findFirst();
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty body() {
        return body;
    }

    public StringProperty place() {
        return place;
    }

    public ObjectProperty<Genre> genre() {
        return genre;
    }

    public ObjectProperty<Office> office() {
        return office;
    }

    public ObjectProperty<LocalDate> eventDate() {
        return eventDate;
    }

    public StringProperty language() {
        return language;
    }

    public ObjectProperty<LocalDateTime> embargo() {
        return embargo;
    }

    public ObservableList<Office> offices() {
        return offices;
    }
}
