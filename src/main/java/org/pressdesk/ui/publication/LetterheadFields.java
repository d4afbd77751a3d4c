package org.pressdesk.ui.publication;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Logo;
import org.pressdesk.domain.Office;

/** The editable fields of an office's paper, as properties the form binds to. */
public final class LetterheadFields {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty motto = new SimpleStringProperty("");
    private final StringProperty ministry = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty footer = new SimpleStringProperty("");
    private final StringProperty endMark = new SimpleStringProperty("");
    private final ObjectProperty<HeaderLayout> layout = new SimpleObjectProperty<>(HeaderLayout.TWO_COLUMN);
    private final ObjectProperty<Logo> logo = new SimpleObjectProperty<>();

    public List<Observable> all() {
        return List.of(name, country, motto, ministry, city, address, contact, footer, endMark, layout, logo);
    }

    void show(Office office) {
        Office.Letterhead paper = office.letterhead();
        name.set(office.name());
        country.set(paper.countryName());
        motto.set(paper.motto());
        ministry.set(paper.ministry());
        city.set(paper.city());
        address.set(paper.address());
        contact.set(paper.contact());
        footer.set(paper.footer());
        endMark.set(paper.endMark());
        layout.set(paper.layout());
        logo.set(paper.logo());
    }

    /** The letterhead these fields make, the name aside. */
    public Office.Letterhead letterhead() {
        return new Office.Letterhead(country.get().strip(), motto.get().strip(), ministry.get().strip(),
                city.get().strip(), address.get().strip(), contact.get().strip(), footer.get().strip(), layout.get(),
                logo.get(), endMark.get());
    }

    /** The office with these fields, at the version it was read (a save then detects someone else's change). */
    Office applyTo(Office office) {
        Office.Letterhead paper = letterhead();
        String newName = name.get().isBlank() ? office.name() : name.get().strip();
        return office.withName(newName).withLetterhead(paper);
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty country() {
        return country;
    }

    public StringProperty motto() {
        return motto;
    }

    public StringProperty ministry() {
        return ministry;
    }

    public StringProperty city() {
        return city;
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty contact() {
        return contact;
    }

    public StringProperty footer() {
        return footer;
    }

    public StringProperty endMark() {
        return endMark;
    }

    public ObjectProperty<HeaderLayout> layout() {
        return layout;
    }

    public ObjectProperty<Logo> logo() {
        return logo;
    }
}
