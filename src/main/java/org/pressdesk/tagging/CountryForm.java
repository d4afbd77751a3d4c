package org.pressdesk.tagging;

/** One way a text names a country: its name, an official form, a demonym or its capital. */
record CountryForm(Country country, Type type, boolean masculineSingular) {

    enum Type {
        NAME,
        LONG_FORM,
        DEMONYM,
        CAPITAL
    }
}
