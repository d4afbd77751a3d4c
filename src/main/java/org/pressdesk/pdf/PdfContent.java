package org.pressdesk.pdf;

import java.time.Instant;
import java.util.Map;

/**
 * Everything printed on a communiqué's pages, already in the document's language: the writer lays it out and adds
 * nothing of its own but page numbers.
 *
 * @param letterhead the issuing office's paper
 * @param genreHeading "COMMUNIQUÉ DE PRESSE", "COMPTE RENDU D’AUDIENCE"…
 * @param title the communiqué's title
 * @param placeDateLine "Bamako, le 3 février 2026"; may be empty
 * @param body paragraphs separated by line breaks; a blank line is a paragraph break too
 * @param signature the office's signature as it signs, e.g. "BIP/MAECI"
 * @param pageNumberPattern a MessageFormat with {0} the page and {1} the page count, e.g. "Page {0} sur {1}"
 * @param watermark a word printed diagonally across every page, or null for none
 * @param metadata the document information and XMP fields
 */
public record PdfContent(
        Letterhead letterhead,
        String genreHeading,
        String title,
        String placeDateLine,
        String body,
        String signature,
        String pageNumberPattern,
        String watermark,
        Metadata metadata) {

    /** The lines at the top of the first page. Blank fields are left out. */
    public record Letterhead(
            String countryName,
            String motto,
            String ministry,
            String officeName,
            String address,
            String contact,
            String footer) {
    }

    /**
     * PDF metadata. {@code language} is a BCP 47 tag such as "fr-FR"; {@code custom} holds extra document
     * information entries (e.g. the approver), written as they are.
     */
    public record Metadata(
            String title,
            String author,
            String subject,
            String keywords,
            String language,
            String creator,
            Instant created,
            Map<String, String> custom) {
    }
}
