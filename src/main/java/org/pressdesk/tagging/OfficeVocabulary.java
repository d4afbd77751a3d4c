package org.pressdesk.tagging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.TagKind;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.TagRepository;

/**
 * What this office's suggestions know: the built-in vocabulary, the tags people chose (and their aliases), and the
 * office's own country — the setting {@value #OWN_COUNTRY} (an ISO code such as "ML" or a name), else the country
 * on the first office's letterhead. Read from the database once and kept; a change made here refreshes it at once,
 * one made by another process after at most {@link #MAX_AGE}.
 */
public final class OfficeVocabulary {
    public static final String OWN_COUNTRY = "tagging.ownCountry";
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final TagRepository tags;
    private final SettingsRepository settings;
    private final OfficeRepository offices;
    private final Clock clock;
    private Snapshot snapshot;

    public OfficeVocabulary(TagRepository tags, SettingsRepository settings, OfficeRepository offices, Clock clock) {
        this.tags = tags;
        this.settings = settings;
        this.offices = offices;
        this.clock = clock;
    }

    /** The suggester and the stored labels, as read at one moment. */
    record Snapshot(TagSuggester suggester, Map<TagKey, String> labels, List<KnownName> names, Instant readAt) {
        /** The stored label for a kind and name (through aliases), or the name itself. */
        String label(TagKind kind, String name) {
            return labels.getOrDefault(TagKey.of(kind, name), name);
        }
    }

    synchronized Snapshot current() {
        if (snapshot == null || clock.instant().isAfter(snapshot.readAt().plus(MAX_AGE))) {
            snapshot = read();
        }
        return snapshot;
    }

    /** Forgets what was read, after a change to the tags. */
    public synchronized void changed() {
        snapshot = null;
    }

    /** The own country's label ("Mali"), if one is set or can be read from a letterhead. */
    public Optional<String> ownCountry() {
        return current().suggester().ownCountry();
    }

    private Snapshot read() {
        List<KnownName> names = new ArrayList<>();
        Map<TagKey, String> labels = new HashMap<>();
        for (TagRepository.Name name : tags.names()) {
            Tag tag = name.tag();
            names.add(new KnownName(tag.kind(), tag.label(), name.name()));
            labels.put(TagKey.of(tag.kind(), name.name()), tag.label());
        }
        return new Snapshot(new TagSuggester(names, ownCountryCode()), labels, names, clock.instant());
    }

    private String ownCountryCode() {
        Optional<String> chosen = settings.get(OWN_COUNTRY).filter(v -> !v.isBlank());
        if (chosen.isPresent()) {
            return chosen.get();
        }
        return offices.list().stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(Office::letterhead).map(Office.Letterhead::countryName)
                .filter(name -> TagSuggester.countryLabel(name).isPresent())
                .findFirst().orElse(null);
    }
}
