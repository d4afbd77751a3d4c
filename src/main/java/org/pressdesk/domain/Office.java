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

    /**
     * What the office's paper carries: the lines at the top (any may be blank), the layout they are set in, an
     * optional logo (null for none), and the end mark under the text ("FIN", "###", "– 30 –"; blank for none).
     */
    public record Letterhead(
            String countryName,
            String motto,
            String ministry,
            String city,
            String address,
            String contact,
            String footer,
            HeaderLayout layout,
            Logo logo,
            String endMark) {

        public static final String DEFAULT_END_MARK = "FIN";
        public static final int MAX_END_MARK_LENGTH = 20;

        public Letterhead {
            layout = layout == null ? HeaderLayout.TWO_COLUMN : layout;
            endMark = endMark == null ? "" : endMark.strip();
        }

        /** A two-column letterhead without logo, ending texts with "FIN". */
        public Letterhead(String countryName, String motto, String ministry, String city, String address,
                String contact, String footer) {
            this(countryName, motto, ministry, city, address, contact, footer, HeaderLayout.TWO_COLUMN, null,
                    DEFAULT_END_MARK);
        }

        public static Letterhead empty() {
            return new Letterhead("", "", "", "", "", "", "");
        }

        public Letterhead withLogo(Logo newLogo) {
            return new Letterhead(countryName, motto, ministry, city, address, contact, footer, layout, newLogo,
                    endMark);
        }
    }

    public Office withLetterhead(Letterhead newLetterhead) {
        return new Office(id, uuid, code, name, newLetterhead, timeZone, version);
    }

    public Office withName(String newName) {
        return new Office(id, uuid, code, newName, letterhead, timeZone, version);
    }

    /** The city whose time an embargo is told in: the letterhead's city, else the time zone's ("Bamako"). */
    public String timeCity() {
        if (!letterhead.city().isBlank()) {
            return letterhead.city().strip();
        }
        String zone = timeZone.getId();
        return zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** The key two codes share when they differ only by case, accents or spacing. */
    public static String codeKey(String code) {
        return TextKeys.fold(code).toUpperCase(java.util.Locale.ROOT);
    }
}
