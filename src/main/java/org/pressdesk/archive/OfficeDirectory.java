package org.pressdesk.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.domain.Office;

/**
 * The offices known here when a file is read, looked up by signature: "BIP/MAECI", "bip / maeci" and the office's
 * full name all find the same office; a leading article ("La Primature") does not matter. An unknown signature
 * proposes a new office named after it.
 */
final class OfficeDirectory {
    static final int MAX_CODE_LENGTH = 60;

    private final Map<String, Office> byKey = new HashMap<>();
    private final Office fallback;
    private final List<String> reading;

    OfficeDirectory(List<Office> offices, Office fallback) {
        this.reading = offices.stream().map(o -> o.id() + "\u0000" + o.code() + "\u0000" + o.name()).toList();
        for (Office office : offices) {
            byKey.putIfAbsent(key(office.name()), office);
        }
        for (Office office : offices) {
            byKey.put(key(office.code()), office);
        }
        this.fallback = fallback;
    }

    /** The codes and names, for telling a signature from a title. */
    Set<String> names() {
        Set<String> names = new HashSet<>();
        for (Office office : byKey.values()) {
            names.add(office.code());
            names.add(office.name());
        }
        return names;
    }

    /**
     * True when {@code other} reads signatures as this one does (the same offices with the same codes and names,
     * the same fallback): items understood with one are understood alike with the other.
     */
    boolean readsAlike(OfficeDirectory other) {
        return reading.equals(other.reading) && fallbackId() == other.fallbackId();
    }

    private long fallbackId() {
        return fallback == null ? -1 : fallback.id();
    }

    Optional<Office> fallback() {
        return Optional.ofNullable(fallback);
    }

    Optional<Office> find(String signature) {
        return Optional.ofNullable(byKey.get(key(signature)));
    }

    /** The known office that signs so, else a new office proposed with the signature as code and name. */
    OfficeMatch match(String signature) {
        return find(signature).map(OfficeMatch::known).orElseGet(() -> OfficeMatch.proposed(code(signature),
                signature.strip()));
    }

    private static String code(String signature) {
        String text = signature.strip();
        if (text.length() <= MAX_CODE_LENGTH) {
            return text;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : text.split("[\\s/]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : text.substring(0, MAX_CODE_LENGTH).strip();
    }

    static String key(String text) {
        String key = Office.codeKey(text).replaceAll("\\s*/\\s*", "/");
        for (String article : new String[] {"LE ", "LA ", "LES ", "L'"}) {
            if (key.startsWith(article)) {
                return key.substring(article.length());
            }
        }
        return key;
    }
}
