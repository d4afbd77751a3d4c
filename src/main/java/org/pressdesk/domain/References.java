package org.pressdesk.domain;

import java.util.Locale;

/**
 * The reference an office gives a communiqué at its first approval: the year, a number counted per office and
 * year, and the office's code, as in "2026-014/BIP-MAECI". The code's own slashes and spaces become hyphens, so
 * that the reference has exactly one slash.
 */
public final class References {
    private References() {
    }

    public static String format(int year, int number, String officeCode) {
        String office = officeCode == null ? "" : officeCode.strip().replaceAll("[/\\s]+", "-");
        return String.format(Locale.ROOT, "%d-%03d/%s", year, number, office);
    }
}
