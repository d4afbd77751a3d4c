package org.pressdesk.pdf;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.DateLines;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.TextKeys;
import org.pressdesk.i18n.Messages;

/**
 * Turns a communiqué's content and its office into the words printed on the page, in the communiqué's own language
 * (not the interface's): an English release gets "PRESS RELEASE" even in a French interface. Until its embargo
 * ends, a text says "SOUS EMBARGO jusqu’au … (heure de Bamako)" at its head and across its pages; after, "Pour
 * diffusion immédiate".
 */
public final class PdfContentFactory {
    private static final String VOWELS = "AEIOUYÂÊÎÔÛÉÈHaeiouyâêîôûéèh";

    private final String creator;
    private final Messages french = Messages.forLocale(Locale.FRENCH);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    public PdfContentFactory(String creator) {
        this.creator = creator;
    }

    /** How a communiqué is exported: its reference (or ""), whether it is approved, whether as an archival copy. */
    public record Edition(String reference, boolean draft, boolean archival) {
        public static Edition draftPreview() {
            return new Edition("", true, false);
        }
    }

    /**
     * @param content the text to print
     * @param office the issuing office
     * @param draft true for a text not approved: it carries the "PROJET" watermark and says so in its metadata
     * @param custom extra metadata entries (identifiers, approval)
     */
    public PdfContent create(CommuniqueContent content, Office office, boolean draft, Map<String, String> custom,
            Instant now) {
        return create(content, office, new Edition("", draft, false), custom, now);
    }

    public PdfContent create(CommuniqueContent content, Office office, Edition edition, Map<String, String> custom,
            Instant now) {
        Messages words = isEnglish(content.language()) ? english : french;
        Office.Letterhead paper = office.letterhead();
        PdfContent.Letterhead letterhead = new PdfContent.Letterhead(paper.countryName(), paper.motto(),
                paper.ministry(), office.name(), paper.address(), paper.contact(), paper.footer(), paper.layout(),
                paper.logo());
        String heading = words.get("pdf.heading." + content.genre().name());
        String subject = edition.draft() ? words.get("pdf.subject.draft", heading) : heading;
        PdfContent.Metadata metadata = new PdfContent.Metadata(content.title(), office.name(), subject, "",
                isEnglish(content.language()) ? "en-GB" : "fr-FR", creator, now, new LinkedHashMap<>(custom));
        boolean embargoed = content.embargoedAt(now);
        PdfContent.Publication publication = new PdfContent.Publication(content.bodyFormat(),
                edition.reference().isBlank() ? "" : words.get("pdf.reference", edition.reference()),
                embargoed ? embargo(words, content, office)
                        : words.get(edition.draft() ? "pdf.notice.draft" : "pdf.immediate"), embargoed,
                paper.endMark(), edition.archival());
        return new PdfContent(letterhead, heading, content.title(),
                DateLines.placeAndDate(content.place(), content.eventDate(), content.language()), content.body(),
                signature(content.body(), office), words.get("pdf.pageNumber"), watermark(words, edition.draft(), embargoed), metadata,
                publication);
    }

    /**
     * The office's code under the text, unless the text already ends with the office's signature (its code or its
     * name, as editors often type it): the signature is then printed once, where the editor put it.
     */
    static String signature(String body, Office office) {
        String last = lastParagraph(body == null ? "" : body);
        String key = TextKeys.lettersAndNumbers(last);
        boolean signed = !key.isEmpty() && (key.equals(TextKeys.lettersAndNumbers(office.code()))
                || key.equals(TextKeys.lettersAndNumbers(office.name())));
        return signed ? "" : office.code();
    }

    private static String lastParagraph(String body) {
        String[] lines = body.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static String embargo(Messages words, CommuniqueContent content, Office office) {
        ZonedDateTime until = content.embargoAt().atZone(office.timeZone());
        String city = office.timeCity();
        String time = DateTimeFormatter.ofPattern(words.get("pdf.embargo.time"), words.locale()).format(until);
        boolean elided = !city.isEmpty() && VOWELS.indexOf(city.charAt(0)) >= 0;
        return words.get(elided ? "pdf.embargo.elided" : "pdf.embargo",
                DateLines.date(until.toLocalDate(), content.language()), time, city);
    }

    private static String watermark(Messages words, boolean draft, boolean embargoed) {
        if (draft && embargoed) {
            return words.get("pdf.watermark.draftEmbargo");
        }
        if (embargoed) {
            return words.get("pdf.watermark.embargo");
        }
        return draft ? words.get("pdf.watermark.draft") : null;
    }

    private static boolean isEnglish(String language) {
        return language != null && language.startsWith("en");
    }
}
