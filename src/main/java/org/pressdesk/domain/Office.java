package org.pressdesk.domain;

import java.time.ZoneId;
import java.util.UUID;

/**
 * An issuing office. Its {@code code} is written as the office signs ("BIP/MAECI", "CCRP PRÉSIDENCE"); the
 * letterhead fields dress the first page of its PDFs.
 */
public record Office(
        long id,
        UUID uuid,
        String code,
        String name,
        Letterhead letterhead,
        ZoneId timeZone,
        int version) {

    /** The lines printed at the top of the office's paper. Any of them may be blank. */
    public record Letterhead(
            String countryName,
            String motto,
            String ministry,
            String city,
            String address,
            String contact,
            String footer) {

        public static Letterhead empty() {
            return new Letterhead("", "", "", "", "", "", "");
        }
    }

    /** The key two codes share when they differ only by case, accents or spacing. */
    public static String codeKey(String code) {
        return TextKeys.fold(code).toUpperCase(java.util.Locale.ROOT);
    }
}
