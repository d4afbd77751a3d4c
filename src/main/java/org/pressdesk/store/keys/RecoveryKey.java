package org.pressdesk.store.keys;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The key that opens the database when every password is forgotten: 160 random bits written as eight groups of five
 * letters and digits (no 0/O or 1/I to misread), printed once at creation and kept on paper, away from the laptop.
 */
public final class RecoveryKey {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 8;
    private static final int GROUP_LENGTH = 5;

    private final String text;

    private RecoveryKey(String text) {
        this.text = text;
    }

    public static RecoveryKey random(SecureRandom random) {
        StringBuilder text = new StringBuilder();
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                text.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return new RecoveryKey(text.toString());
    }

    /** A key as typed: case, spaces and dashes do not matter. */
    public static RecoveryKey parse(String typed) {
        String compact = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                text.append('-');
            }
            text.append(compact.charAt(i));
        }
        return new RecoveryKey(text.toString());
    }

    char[] secret() {
        return text.toCharArray();
    }

    /** The text to print once for the office's safe. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
