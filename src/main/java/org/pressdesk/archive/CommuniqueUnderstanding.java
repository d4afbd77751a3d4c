package org.pressdesk.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pressdesk.office.OfficeService;

/**
 * Reads what a communiqué's text says about itself: event date, place, issuing office and suggested tags. The
 * archive importer uses it for every item it reads, and the editor can call {@link #understand(String, String)} on a
 * pasted text to get the same help.
 */
public final class CommuniqueUnderstanding {
    private final OfficeService offices;
    private final TagSuggestions tags;
    private final Clock clock;

    public CommuniqueUnderstanding(OfficeService offices, TagSuggestions tags, Clock clock) {
        this.offices = offices;
        this.tags = tags;
        this.clock = clock;
    }

    /**
     * Understands a text typed or pasted in the editor: the signature, if its last paragraph ends with one, names
     * the office. Reads the offices known now.
     */
    public Understanding understand(String title, String body) {
        OfficeDirectory directory = directory();
        Signatures signatures = new Signatures(directory.names());
        List<String> paragraphs = new ArrayList<>(List.of(body.strip().split("\\n\\s*\\n")));
        String signature = "";
        if (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1).strip();
            Optional<Signatures.Split> split = signatures.inlineSignature(last.replace('\n', ' '));
            if (split.isPresent()) {
                signature = split.get().signature();
            } else if (paragraphs.size() > 1 && signatures.looksLikeSignature(last)) {
                signature = Signatures.joinLines(List.of(last.split("\n")));
            }
        }
        RawItem item = new RawItem(title, paragraphs, signature, 1);
        return understand(item, FrenchDates.find(item.title() + "\n" + item.body()), List.of(), directory);
    }

    OfficeDirectory directory() {
        return new OfficeDirectory(offices.list(), offices.defaultOffice().orElse(null));
    }

    /** {@code mentions}: the dates named in the item's title and body, joined by a line end. */
    Understanding understand(RawItem item, List<DateMention> mentions, List<Integer> neighbourYears,
            OfficeDirectory directory) {
        return understand(item, mentions, neighbourYears, directory, null);
    }

    /**
     * As above; {@code published}: the day the text was published or filed, when known besides the text (null
     * otherwise).
     */
    Understanding understand(RawItem item, List<DateMention> mentions, List<Integer> neighbourYears,
            OfficeDirectory directory, LocalDate published) {
        String text = item.title() + "\n" + item.body();
        List<Notice> notices = new ArrayList<>();
        EventDate.Finding date = EventDate.resolve(text, mentions, neighbourYears, LocalDate.now(clock.withZone(
                ZoneOffset.UTC)).getYear(), published);
        notices.addAll(date.notices());
        int dateAt = EventDate.chosen(text, mentions).map(DateMention::start).orElse(-1);
        String place = Places.find(item.body(), dateAt < 0 ? -1 : Math.max(0, dateAt - item.title().length() - 1))
                .orElse("");
        OfficeMatch office = office(item, directory, notices);
        List<SuggestedTag> suggested = tags.suggest(item.title(), item.body());
        return new Understanding(date.date(), place, item.signature(), office, Genres.fromTitle(item.title()),
                suggested, notices);
    }

    private static OfficeMatch office(RawItem item, OfficeDirectory directory, List<Notice> notices) {
        if (item.hasSignature()) {
            OfficeMatch match = directory.match(item.signature());
            if (match.isNew()) {
                notices.add(Notice.warning(NewOffices.NEW_OFFICE, match.code()));
            }
            return match;
        }
        Optional<OfficeMatch> fallback = directory.fallback().map(OfficeMatch::known);
        notices.add(Notice.warning("archive.warning.noSignature", fallback.map(OfficeMatch::code).orElse("")));
        return fallback.orElse(null);
    }
}
