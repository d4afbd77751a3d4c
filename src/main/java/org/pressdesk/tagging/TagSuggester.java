package org.pressdesk.tagging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;

/**
 * Reads a title and body and proposes tags, offline and fast: countries, persons, organisations, themes and events,
 * each with the words that triggered it. It knows the built-in vocabulary, the office's own tags (persons and
 * organisations accepted before are proposed again) and the office's own country, which it never proposes.
 * Immutable: one instance serves every thread.
 */
public final class TagSuggester {
    private final BuiltInVocabulary vocabulary = BuiltInVocabulary.get();
    private final KnownNames known;
    private final String ownCode;
    private final Set<String> ownKeys;
    private final NameFinder names;
    private final PersonFinder persons;
    private final CountryFinder countries;
    private final EventFinder events = new EventFinder();
    private final ThemeFinder themes;

    /** {@code ownCountry}: the office's country as an ISO code ("ML") or a name ("Mali"); null or "" for none. */
    public TagSuggester(Collection<KnownName> knownNames, String ownCountry) {
        this.known = new KnownNames(knownNames);
        Optional<Country> own = ownCountry(ownCountry);
        this.ownCode = own.map(Country::code).orElse(null);
        this.ownKeys = own.map(c -> Set.of(Tag.key(c.label()))).orElse(Set.of());
        this.names = new NameFinder(vocabulary.organizations());
        this.persons = new PersonFinder(vocabulary.organizations(), vocabulary.countries());
        this.countries = new CountryFinder(vocabulary.countries());
        this.themes = new ThemeFinder(vocabulary.themes());
    }

    /** The office's own country as this suggester sees it ("Mali"), if any. */
    public Optional<String> ownCountry() {
        return Optional.ofNullable(ownCode).flatMap(code -> vocabulary.countries().byCode(code)).map(Country::label);
    }

    /** Knows only the built-in vocabulary. */
    public static TagSuggester builtIn(String ownCountry) {
        return new TagSuggester(List.of(), ownCountry);
    }

    /** The tags the text points to, by kind then in the order of the text. Stores nothing. */
    public List<TagSuggestion> suggest(String title, String body) {
        Passage passage = new Passage(title, body);
        names.find(passage, known);
        persons.find(passage);
        countries.find(passage, known, ownCode);
        events.find(passage);
        themes.find(passage);
        return passage.findings().suggestions().stream()
                .filter(s -> s.kind() != TagKind.COUNTRY || !ownKeys.contains(s.key()))
                .toList();
    }

    /** The country a code or a name stands for in the built-in vocabulary ("ML", "Mali", "République du Mali"). */
    public static Optional<String> countryLabel(String codeOrName) {
        return ownCountry(codeOrName).map(Country::label);
    }

    private static Optional<Country> ownCountry(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        CountryTable table = BuiltInVocabulary.get().countries();
        Optional<Country> byCode = codeOrName.strip().length() == 2 ? table.byCode(codeOrName) : Optional.empty();
        if (byCode.isPresent()) {
            return byCode;
        }
        List<Atom> atoms = Atoms.of(codeOrName.strip(), 0);
        for (int i = 0; i < atoms.size(); i++) {
            var matches = table.forms().longest(atoms, i);
            if (!matches.isEmpty()) {
                return Optional.of(matches.get(0).value().country());
            }
        }
        return Optional.empty();
    }
}
