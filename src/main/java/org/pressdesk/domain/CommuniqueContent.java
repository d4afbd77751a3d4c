package org.pressdesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an editor writes: the fields that a save turns into a revision. Place and event date may be missing while the
 * text is a draft; {@code embargoAt} is null for a text released at once.
 */
public record CommuniqueContent(
        String title,
        String body,
        Genre genre,
        long officeId,
        String place,
        LocalDate eventDate,
        String language,
        Instant embargoAt,
        BodyFormat bodyFormat) {

    /** The language of a communiqué that names none, and of a new one: the offices' own, French. */
    public static final String DEFAULT_LANGUAGE = "fr";
    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_PLACE_LENGTH = 200;
    /**
     * The largest body a communiqué may have: about 30 pages, far beyond any press release, and what the editor's
     * text area still lays out within a keystroke (docs/benchmarks.md, issue 15; decision 0040).
     */
    public static final int MAX_BODY_LENGTH = 100_000;

    public CommuniqueContent {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        genre = genre == null ? Genre.PRESS_RELEASE : genre;
        place = place == null ? "" : place;
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
        bodyFormat = bodyFormat == null ? BodyFormat.PLAIN : bodyFormat;
    }

    /** Content without embargo, whose body is plain text (one paragraph a line), as before markup existed. */
    public CommuniqueContent(String title, String body, Genre genre, long officeId, String place,
            LocalDate eventDate, String language) {
        this(title, body, genre, officeId, place, eventDate, language, null, BodyFormat.PLAIN);
    }

    public CommuniqueContent withEmbargo(Instant until) {
        return new CommuniqueContent(title, body, genre, officeId, place, eventDate, language, until, bodyFormat);
    }

    public CommuniqueContent withBody(String newBody, BodyFormat format) {
        return new CommuniqueContent(title, newBody, genre, officeId, place, eventDate, language, embargoAt, format);
    }

    /** Whether the text may not be released yet at {@code now}. */
    public boolean embargoedAt(Instant now) {
        return embargoAt != null && now.isBefore(embargoAt);
    }

    /** The problems that stop a save, as message keys; empty when the content can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        titleProblem(title).ifPresent(problems::add);
        if (place.strip().length() > MAX_PLACE_LENGTH) {
            problems.add(new Problem("place", "validation.place.tooLong", List.of(MAX_PLACE_LENGTH)));
        }
        if (body.length() > MAX_BODY_LENGTH) {
            problems.add(new Problem("body", "validation.body.tooLong", List.of(MAX_BODY_LENGTH)));
        }
        if (officeId <= 0) {
            problems.add(new Problem("office", "validation.office.missing", List.of()));
        }
        return problems;
    }

    /** What is wrong with {@code title} as a title: the save's rule, which the editor also shows while one types. */
    public static Optional<Problem> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of(new Problem("title", "validation.title.missing", List.of()));
        }
        if (title.strip().length() > MAX_TITLE_LENGTH) {
            return Optional.of(new Problem("title", "validation.title.tooLong", List.of(MAX_TITLE_LENGTH)));
        }
        return Optional.empty();
    }

    /** Leading and trailing blanks removed from the one-line fields; the body is kept as typed. */
    public CommuniqueContent normalized() {
        return new CommuniqueContent(TitleText.clean(title).strip(), body, genre, officeId, place.strip(), eventDate,
                language, embargoAt, bodyFormat);
    }

    public boolean sameAs(CommuniqueContent other) {
        return other != null && Objects.equals(normalized(), other.normalized());
    }

    /** One reason a save cannot go ahead: the field it concerns and a message key with its arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) {
    }
}
