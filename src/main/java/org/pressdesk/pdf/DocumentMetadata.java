package org.pressdesk.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes the document information dictionary, the XMP packet (Dublin Core title, creator, language, subject), the
 * catalog's language, and asks viewers to show the title rather than the file name. For an archival copy it also
 * declares PDF/A-2b in the XMP and adds the sRGB output intent that PDF/A asks for. Times are whole seconds, so
 * that the information dictionary and the XMP packet say exactly the same.
 */
final class DocumentMetadata {

    static final String PRODUCER = "PressDesk";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private DocumentMetadata() {
    }

    static void apply(PDDocument document, PdfContent.Metadata metadata, String fallbackTitle, boolean pdfA)
            throws IOException {
        PdfContent.Metadata given = plain(metadata);
        String title = isBlank(given.title()) ? plain(fallbackTitle) : given.title();
        Instant when = (given.created() != null ? given.created() : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
        Calendar created = calendar(when);
        writeInformation(document.getDocumentInformation(), given, title, created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (!isBlank(given.language())) {
            catalog.setLanguage(given.language());
        }
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(XmpPacket.write(new XmpPacket.Fields(title, given.author(), given.subject(),
                given.language(), given.keywords(), given.creator(), when, pdfA)));
        catalog.setMetadata(xmp);
        if (pdfA) {
            addOutputIntent(document);
        }
    }

    private static void addOutputIntent(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static void writeInformation(PDDocumentInformation info, PdfContent.Metadata given, String title,
            Calendar created) {
        if (given.custom() != null) {
            for (Map.Entry<String, String> entry : given.custom().entrySet()) {
                if (!isBlank(entry.getKey()) && entry.getValue() != null) {
                    info.setCustomMetadataValue(entry.getKey(), entry.getValue());
                }
            }
        }
        info.setTitle(blankToNull(title));
        info.setAuthor(blankToNull(given.author()));
        info.setSubject(blankToNull(given.subject()));
        info.setKeywords(blankToNull(given.keywords()));
        info.setCreator(blankToNull(given.creator()));
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** The metadata with its text on one line, without control characters, which XML cannot carry. */
    private static PdfContent.Metadata plain(PdfContent.Metadata metadata) {
        if (metadata == null) {
            return new PdfContent.Metadata(null, null, null, null, null, null, null, null);
        }
        return new PdfContent.Metadata(plain(metadata.title()), plain(metadata.author()), plain(metadata.subject()),
                plain(metadata.keywords()), plain(metadata.language()), plain(metadata.creator()),
                metadata.created(), metadata.custom());
    }

    private static String plain(String text) {
        return text == null ? null : TextCleaner.clean(text).replace('\n', ' ').strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
