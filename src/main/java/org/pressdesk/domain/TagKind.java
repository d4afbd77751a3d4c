package org.pressdesk.domain;

import java.util.Optional;

/** What a tag names. */
public enum TagKind {
    COUNTRY("pays"),
    PERSON("personne"),
    ORGANIZATION("organisation"),
    THEME("theme"),
    EVENT("evenement"),
    PLACE("lieu");

    private final String frenchKey;

    TagKind(String frenchKey) {
        this.frenchKey = frenchKey;
    }

    /** The message key of the kind's name in the user's language. */
    public String messageKey() {
        return switch (this) {
            case COUNTRY -> "tag.kind.COUNTRY";
            case PERSON -> "tag.kind.PERSON";
            case ORGANIZATION -> "tag.kind.ORGANIZATION";
            case THEME -> "tag.kind.THEME";
            case EVENT -> "tag.kind.EVENT";
            case PLACE -> "tag.kind.PLACE";
        };
    }

    /** Accepts the constant ("COUNTRY"), its French name ("pays", "thème") or English ("country"), in any case. */
    public static Optional<TagKind> parse(String text) {
        String key = TextKeys.fold(text);
        for (TagKind kind : values()) {
            if (kind.frenchKey.equals(key) || kind.name().equalsIgnoreCase(key)
                    || kind == ORGANIZATION && "organization".equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
