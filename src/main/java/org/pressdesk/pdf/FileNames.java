package org.pressdesk.pdf;

import java.time.LocalDate;
import org.pressdesk.domain.TextKeys;

/**
 * File names that sort by date and say what is inside: "2026-02-03_audience-ambassadeur-des-pays-bas.pdf", and
 * with a reference "2026-02-03_2026-014-bip-maeci_audience-ambassadeur-des-pays-bas.pdf".
 */
public final class FileNames {
    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    public static String forCommunique(LocalDate date, String title) {
        return date + "_" + slug(title) + ".pdf";
    }

    public static String forCommunique(LocalDate date, String reference, String title) {
        if (reference == null || reference.isBlank()) {
            return forCommunique(date, title);
        }
        return date + "_" + slug(reference) + "_" + slug(title) + ".pdf";
    }

    static String slug(String title) {
        String folded = TextKeys.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (folded.length() > MAX_SLUG) {
            folded = folded.substring(0, MAX_SLUG);
            int cut = folded.lastIndexOf('-');
            if (cut > MAX_SLUG / 2) {
                folded = folded.substring(0, cut);
            }
        }
        return folded.isEmpty() ? "communique" : folded;
    }
}
