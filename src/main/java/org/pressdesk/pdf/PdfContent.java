package org.pressdesk.pdf;

import java.time.Instant;
import java.util.Map;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Logo;

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
 * @param publication the reference, release notice, end mark, body markup and archival form
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
        Metadata metadata,
        Publication publication) {

    public PdfContent {
        publication = publication == null ? Publication.NONE : publication;
    }

    /** A plain-text communiqué with no reference, notice or end mark, not archival. */
    public PdfContent(Letterhead letterhead, String genreHeading, String title, String placeDateLine, String body,
            String signature, String pageNumberPattern, String watermark, Metadata metadata) {
        this(letterhead, genreHeading, title, placeDateLine, body, signature, pageNumberPattern, watermark, metadata,
                Publication.NONE);
    }

    /** The lines at the top of the first page, their layout and an optional logo. Blank fields are left out. */
    public record Letterhead(
            String countryName,
            String motto,
            String ministry,
            String officeName,
            String address,
            String contact,
            String footer,
            HeaderLayout layout,
            Logo logo) {

        public Letterhead {
            layout = layout == null ? HeaderLayout.TWO_COLUMN : layout;
        }

        /** A two-column letterhead without logo. */
        public Letterhead(String countryName, String motto, String ministry, String officeName, String address,
                String contact, String footer) {
            this(countryName, motto, ministry, officeName, address, contact, footer, HeaderLayout.TWO_COLUMN, null);
        }
    }

    /**
     * What makes a communiqué ready to leave the office.
     *
     * @param bodyFormat how the body is written
     * @param reference "N° 2026-014/BIP-MAECI", or "" before approval
     * @param notice "Pour diffusion immédiate" or "SOUS EMBARGO jusqu’au …"; "" for none
     * @param embargoed whether the notice is an embargo: it is then set in bold and repeated on every page
     * @param endMark "FIN", "###"…, centred under the text; "" for none
     * @param archival whether to write PDF/A-2b (approved and published texts)
     */
    public record Publication(BodyFormat bodyFormat, String reference, String notice, boolean embargoed,
            String endMark, boolean archival) {

        public static final Publication NONE = new Publication(BodyFormat.PLAIN, "", "", false, "", false);

        public Publication {
            bodyFormat = bodyFormat == null ? BodyFormat.PLAIN : bodyFormat;
            reference = reference == null ? "" : reference;
            notice = notice == null ? "" : notice;
            endMark = endMark == null ? "" : endMark;
        }
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
