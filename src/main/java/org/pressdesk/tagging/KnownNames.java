package org.pressdesk.tagging;

import java.util.Collection;
import java.util.List;
import org.pressdesk.domain.TagKind;

/** The office's own tags as phrases: countries apart (they go through the country rules), the rest together. */
final class KnownNames {
    private final PhraseIndex<KnownName> names = new PhraseIndex<>();
    private final PhraseIndex<CountryForm> countries = new PhraseIndex<>();

    KnownNames(Collection<KnownName> known) {
        for (KnownName name : known) {
            boolean oneWord = Atoms.of(name.name(), 0).size() == 1;
            if (name.kind() == TagKind.COUNTRY) {
                Country country = new Country(null, name.label(), false);
                countries.add(name.name(), PhraseIndex.Casing.CAPITAL_INITIAL,
                        new CountryForm(country, CountryForm.Type.NAME, false));
            } else {
                boolean capital = oneWord && name.kind() != TagKind.THEME;
                names.add(name.name(), capital ? PhraseIndex.Casing.CAPITAL_INITIAL : PhraseIndex.Casing.ANY, name);
            }
        }
    }

    static KnownNames none() {
        return new KnownNames(List.of());
    }

    PhraseIndex<KnownName> names() {
        return names;
    }

    PhraseIndex<CountryForm> countries() {
        return countries;
    }
}
