package org.pressdesk.domain;

import java.util.UUID;

/**
 * A name communiqués are filed under: a country, a person, an organisation, a theme, an event or a place. Two labels
 * that differ only by case or accents name the same tag of a kind ({@link #key}).
 */
public record Tag(long id, UUID uuid, TagKind kind, String label, int version) {

    /** The key a label shares with every spelling that differs only by case, accents or spacing. */
    public static String key(String label) {
        return TextKeys.fold(label);
    }

    public String key() {
        return key(label);
    }
}
