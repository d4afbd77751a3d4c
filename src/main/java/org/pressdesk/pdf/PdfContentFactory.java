package org.pressdesk.pdf;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.DateLines;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;

/**
 * Turns a communiqué's content and its office into the words printed on the page, in the communiqué's own language
 * (not the interface's): an English release gets "PRESS RELEASE" even in a French interface.
 */
public final class PdfContentFactory {
    private final String creator;
    private final Messages french = Messages.forLocale(Locale.FRENCH);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    public PdfContentFactory(String creator) {
        this.creator = creator;
    }

    /**
     * @param content the text to print
     * @param office the issuing office
     * @param draft true for a text not approved: it carries the "PROJET" watermark and says so in its metadata
     * @param custom extra metadata entries (identifiers, approval)
     */
    public PdfContent create(CommuniqueContent content, Office office, boolean draft, Map<String, String> custom,
            Instant now) {
        Messages words = isEnglish(content.language()) ? english : french;
        Office.Letterhead paper = office.letterhead();
        PdfContent.Letterhead letterhead = new PdfContent.Letterhead(paper.countryName(), paper.motto(),
                paper.ministry(), office.name(), paper.address(), paper.contact(), paper.footer());
        String heading = words.get("pdf.heading." + content.genre().name());
        String subject = draft ? words.get("pdf.subject.draft", heading) : heading;
        Map<String, String> entries = new LinkedHashMap<>(custom);
        PdfContent.Metadata metadata = new PdfContent.Metadata(content.title(), office.name(), subject, "",
                isEnglish(content.language()) ? "en-GB" : "fr-FR", creator, now, entries);
        return new PdfContent(letterhead, heading, content.title(),
                DateLines.placeAndDate(content.place(), content.eventDate(), content.language()), content.body(),
                office.code(), words.get("pdf.pageNumber"), draft ? words.get("pdf.watermark.draft") : null, metadata);
    }

    private static boolean isEnglish(String language) {
        return language != null && language.startsWith("en");
    }
}
