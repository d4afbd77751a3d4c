package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.domain.TagKind;

/**
 * What PressDesk knows before anyone tags anything: countries, organisations and themes, read once from the files
 * beside this class and the JDK's country names, then shared (it never changes).
 */
final class BuiltInVocabulary {
    private final CountryTable countries;
    private final OrganizationTable organizations;
    private final ThemeTable themes;

    private BuiltInVocabulary() {
        this.countries = CountryTable.load();
        this.organizations = OrganizationTable.load();
        this.themes = ThemeTable.load();
    }

    private static final class Holder {
        static final BuiltInVocabulary INSTANCE = new BuiltInVocabulary();
    }

    static BuiltInVocabulary get() {
        return Holder.INSTANCE;
    }

    /** The labels of the built-in countries, organisations and themes, e.g. to complete what a user types. */
    List<KnownName> labels() {
        List<KnownName> labels = new ArrayList<>();
        countries.labels().forEach(l -> labels.add(new KnownName(TagKind.COUNTRY, l, l)));
        organizations.labels().forEach(l -> labels.add(new KnownName(TagKind.ORGANIZATION, l, l)));
        themes.labels().forEach(l -> labels.add(new KnownName(TagKind.THEME, l, l)));
        return labels;
    }

    CountryTable countries() {
        return countries;
    }

    OrganizationTable organizations() {
        return organizations;
    }

    ThemeTable themes() {
        return themes;
    }
}
