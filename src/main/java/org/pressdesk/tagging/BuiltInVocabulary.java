package org.pressdesk.tagging;

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
