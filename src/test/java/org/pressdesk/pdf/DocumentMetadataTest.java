package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class DocumentMetadataTest {

    private static final CommuniquePdfWriter WRITER = new CommuniquePdfWriter();

    @Test
    void writesTheDocumentInformationAndLanguage() throws Exception {
        try (PDDocument document = Pdfs.open(WRITER.toBytes(SampleCommuniques.onePage()))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(SampleCommuniques.TITLE);
            assertThat(info.getAuthor()).isEqualTo("Bureau de l’Information et de la Presse");
            assertThat(info.getSubject()).isEqualTo("Communiqué de presse");
            assertThat(info.getKeywords()).isEqualTo("audience, Allemagne, coopération");
            assertThat(info.getCreator()).isEqualTo("PressDesk 0.1");
            assertThat(info.getProducer()).isEqualTo("PressDesk");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-02-03T10:15:30Z"));
            assertThat(info.getCustomMetadataValue("Approver")).isEqualTo("Directeur du BIP");
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("fr-ML");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void writesXmpWithDublinCoreTitleCreatorAndLanguage() throws Exception {
        try (PDDocument document = Pdfs.open(WRITER.toBytes(SampleCommuniques.onePage()));
                InputStream xmp = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            XMPMetadata metadata = new DomXmpParser().parse(xmp);
            DublinCoreSchema dc = metadata.getDublinCoreSchema();
            assertThat(dc.getTitle()).isEqualTo(SampleCommuniques.TITLE);
            assertThat(dc.getCreators()).containsExactly("Bureau de l’Information et de la Presse");
            assertThat(dc.getLanguages()).containsExactly("fr-ML");
            assertThat(metadata.getAdobePDFSchema().getProducer()).isEqualTo("PressDesk");
        }
    }

    @Test
    void fallsBackToTheCommuniqueTitleAndDropsControlCharacters() throws Exception {
        PdfContent.Metadata metadata = new PdfContent.Metadata(" ", "BIP\u0007\r\nMAECI", null, null, null, null,
                null, Map.of());
        PdfContent content = new PdfContent(SampleCommuniques.maliLetterhead(), "COMMUNIQUÉ", "Titre du jour",
                "", "Texte.", "BIP", "Page {0} sur {1}", null, metadata);
        try (PDDocument document = Pdfs.open(WRITER.toBytes(content))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Titre du jour");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("BIP MAECI");
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isNull();
        }
    }
}
