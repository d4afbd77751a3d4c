package org.pressdesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes the document information dictionary, the XMP packet (Dublin Core title, creator, language, subject), the
 * catalog's language, and asks viewers to show the title rather than the file name.
 */
final class DocumentMetadata {

    static final String PRODUCER = "PressDesk";

    private DocumentMetadata() {
    }

    static void apply(PDDocument document, PdfContent.Metadata metadata, String fallbackTitle) throws IOException {
        PdfContent.Metadata given = plain(metadata);
        String title = isBlank(given.title()) ? plain(fallbackTitle) : given.title();
        Calendar created = calendar(given.created() != null ? given.created() : Instant.now());
        writeInformation(document.getDocumentInformation(), given, title, created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (!isBlank(given.language())) {
            catalog.setLanguage(given.language());
        }
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(given, title, created));
        catalog.setMetadata(xmp);
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

    private static byte[] xmp(PdfContent.Metadata given, String title, Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (!isBlank(title)) {
            dc.setTitle(title);
        }
        if (!isBlank(given.author())) {
            dc.addCreator(given.author());
        }
        if (!isBlank(given.language())) {
            dc.addLanguage(given.language());
        }
        if (!isBlank(given.subject())) {
            dc.setDescription(given.subject());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        if (!isBlank(given.creator())) {
            basic.setCreatorTool(given.creator());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        if (!isBlank(given.keywords())) {
            pdf.setKeywords(given.keywords());
        }
        return serialize(xmp);
    }

    private static byte[] serialize(XMPMetadata xmp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
        return out.toByteArray();
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
