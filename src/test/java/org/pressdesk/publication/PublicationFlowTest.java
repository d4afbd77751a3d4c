package org.pressdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.RuleViolationException;
import org.pressdesk.domain.Status;
import org.pressdesk.signing.SigningLockedException;

/** From approval to a signed, archived, verifiable PDF, through the real services on a real database. */
class PublicationFlowTest {
    private static final String BODY = "Le Ministre a reçu **l’Ambassadeur** du *Japon*.\n\n"
            + "Points abordés :\n\n- la coopération sanitaire ;\n- l’éducation.\n\n"
            + "1. Premier accord\n2. Second accord\n\n> « Une amitié ancienne », a-t-il dit.";

    @TempDir
    Path directory;
    private PublicationFixture fixture;

    @BeforeEach
    void open() {
        fixture = new PublicationFixture(directory.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void approvalGivesEachOfficeItsOwnNumbersThatNeverRepeat() {
        var other = fixture.services.offices().create(fixture.admin, "CCRP", "Cellule de communication",
                PublicationFixture.letterhead(org.pressdesk.domain.HeaderLayout.CENTERED, null),
                java.time.ZoneId.of("Africa/Bamako"));
        Communique first = fixture.approved(fixture.content("Premier", "Texte.", null));
        Communique second = fixture.approved(fixture.content("Deuxième", "Texte.", null));
        var content = fixture.content("Autre bureau", "Texte.", null);
        Communique elsewhere = fixture.approved(new org.pressdesk.domain.CommuniqueContent(content.title(),
                content.body(), content.genre(), other.id(), "", null, "fr"));
        assertThat(first.reference()).isEqualTo("2026-001/BIP-MAECI");
        assertThat(second.reference()).isEqualTo("2026-002/BIP-MAECI");
        assertThat(elsewhere.reference()).isEqualTo("2026-001/CCRP");

        fixture.services.reviews().reopen(fixture.manager, first.id());
        Communique again = fixture.services.communiques().get(first.id());
        fixture.services.communiques().save(fixture.editor, again.id(), again.version(),
                fixture.content("Premier, corrigé", "Texte.", null));
        fixture.services.reviews().submit(fixture.editor, first.id());
        Communique reapproved = fixture.services.reviews().approve(fixture.manager, first.id(), null);
        assertThat(reapproved.reference()).as("a communiqué keeps its reference").isEqualTo("2026-001/BIP-MAECI");
        assertThat(fixture.approved(fixture.content("Troisième", "Texte.", null)).reference())
                .isEqualTo("2026-003/BIP-MAECI");
    }

    @Test
    void concurrentApprovalsNeverShareANumber() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Communique created = fixture.services.communiques().create(fixture.editor,
                    fixture.content("Texte " + i, "Corps.", null));
            fixture.services.reviews().submit(fixture.editor, created.id());
            ids.add(created.id());
        }
        List<Thread> threads = new ArrayList<>();
        List<String> references = java.util.Collections.synchronizedList(new ArrayList<>());
        for (long id : ids) {
            Thread thread = new Thread(() -> references.add(
                    fixture.services.reviews().approve(fixture.manager, id, null).reference()));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(references).hasSize(8).doesNotHaveDuplicates()
                .allMatch(r -> r.matches("2026-00[1-8]/BIP-MAECI"));
    }

    @Test
    void publishingWaitsForTheEndOfTheEmbargo() {
        fixture.certify();
        Instant until = PublicationFixture.START.plus(Duration.ofHours(2));
        Communique approved = fixture.approved(fixture.content("Sous embargo", "Texte.", until));
        assertThatThrownBy(() -> fixture.services.reviews().publish(fixture.manager, approved.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(
                        fixture.messages.describe(refusal)).isEqualTo("Publication refusée\u202f: le communiqué "
                        + "est sous embargo jusqu’au 3 février 2026 à 11 h 00 (heure de Bamako)."));
        assertThat(fixture.services.communiques().get(approved.id()).status()).isEqualTo(Status.APPROVED);
        fixture.clock.advance(Duration.ofHours(2));
        assertThat(fixture.services.reviews().publish(fixture.manager, approved.id()).status())
                .isEqualTo(Status.PUBLISHED);
    }

    @Test
    void anApprovedExportIsPdfA2bWithItsReferenceEmbargoAndLogo() throws Exception {
        Instant until = PublicationFixture.START.plus(Duration.ofHours(2));
        Communique approved = fixture.approved(fixture.content("Audience du Ministre", BODY, until));
        ExportedPdf pdf = fixture.services.pdfExport().export(fixture.editor, approved.id(), directory);
        assertThat(pdf.file().getFileName().toString())
                .isEqualTo("2026-02-03_2026-001-bip-maeci_audience-du-ministre.pdf");
        byte[] bytes = Files.readAllBytes(pdf.file());
        assertThat(PdfA.failures2b(bytes)).isEmpty();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replace('\u202F', ' ').replace('\u00A0', ' ');
            assertThat(text).contains("N° 2026-001/BIP-MAECI",
                    "SOUS EMBARGO jusqu’au 3 février 2026 à 11 h 00 (heure de Bamako)", "FIN", "• la coopération",
                    "1. Premier accord", "2. Second accord", "« Une amitié ancienne »");
            assertThat(text).doesNotContain("**", "> «", "PROJET");
            var resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("LiberationSerif-Bold"))
                    .anyMatch(f -> f.endsWith("LiberationSerif-Italic"));
            assertThat(resources.getXObjectNames()).as("the logo").hasSize(1);
        }
    }

    @Test
    void aPublishedExportIsSignedStaysPdfAAndVerifies() throws Exception {
        Communique approved = fixture.approved(fixture.content("Communiqué publié", BODY, null));
        assertThatThrownBy(() -> fixture.services.reviews().publish(fixture.manager, approved.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("workflow.publishNeedsCertificate");
        fixture.certify();
        Communique published = fixture.services.reviews().publish(fixture.manager, approved.id());
        ExportedPdf pdf = fixture.services.pdfExport().export(fixture.editor, published.id(), directory);
        assertThat(pdf.signed()).isTrue();
        byte[] bytes = Files.readAllBytes(pdf.file());
        assertThat(PdfA.failures2b(bytes)).isEmpty();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("adbe.pkcs7.detached");
            assertThat(signature.getName()).isEqualTo("Bureau de l’Information et de la Presse");
        }
        VerificationReport report = fixture.services.pdfVerifier().verify(pdf.file());
        assertThat(report.signatureValid()).isTrue();
        assertThat(report.certificateKnown()).isTrue();
        assertThat(report.unchanged()).isTrue();
        assertThat(report.text()).isEqualTo(VerificationReport.TextMatch.MATCHES);
        assertThat(report.signedAt()).isEqualTo(PublicationFixture.START);
        assertThat(report.trustworthy()).isTrue();
    }

    @Test
    void aChangedFileIsToldApart() throws Exception {
        fixture.certify();
        Communique published = fixture.published(fixture.content("Communiqué publié", BODY, null));
        ExportedPdf pdf = fixture.services.pdfExport().export(fixture.editor, published.id(), directory);
        byte[] bytes = Files.readAllBytes(pdf.file());
        byte[] changed = bytes.clone();
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
        changed[at + 1] = 'p';
        Path tampered = Files.write(directory.resolve("modifie.pdf"), changed);
        VerificationReport report = fixture.services.pdfVerifier().verify(tampered);
        assertThat(report.unchanged()).isFalse();
        assertThat(report.trustworthy()).isFalse();

        Path appended = Files.write(directory.resolve("ajoute.pdf"), concat(bytes, "\n% ajout\n".getBytes()));
        assertThat(fixture.services.pdfVerifier().verify(appended).unchanged()).isFalse();
    }

    @Test
    void aLockedKeyIsAskedForAndAWrongPasswordRefused() {
        fixture.certify();
        Communique published = fixture.published(fixture.content("Communiqué publié", "Texte.", null));
        var services = fixture.services;
        // a new session: the key is locked again
        var fresh = new org.pressdesk.signing.CertificateService(services.database(),
                new org.pressdesk.store.CertificateRepository(services.database()), services.audit(), fixture.clock,
                new org.pressdesk.signing.CertificateService.Strength(1_000, 2048));
        assertThatThrownBy(() -> fresh.signingKey(fixture.office)).isInstanceOf(SigningLockedException.class);
        assertThatThrownBy(() -> fresh.unlock(fixture.office, "mauvais-mot".toCharArray()))
                .isInstanceOf(PressDeskException.class).hasMessageContaining("signing.wrongPassword");
        fresh.unlock(fixture.office, PublicationFixture.SIGNING_PASSWORD);
        assertThat(fresh.signingKey(fixture.office).signerName()).isEqualTo(fixture.office.name());
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aFileThatIsNotAPdfOrCarriesNoSignatureIsRefusedClearly() throws Exception {
        Path text = Files.writeString(directory.resolve("note.pdf"), "Ceci n’est pas un PDF.");
        assertThatThrownBy(() -> fixture.services.pdfVerifier().verify(text))
                .isInstanceOfSatisfying(PressDeskException.class, e -> assertThat(fixture.messages.describe(e))
                        .isEqualTo("note.pdf n’est pas un fichier PDF lisible."));
        Communique approved = fixture.approved(fixture.content("Approuvé", "Texte.", null));
        ExportedPdf unsigned = fixture.services.pdfExport().export(fixture.editor, approved.id(), directory);
        assertThatThrownBy(() -> fixture.services.pdfVerifier().verify(unsigned.file()))
                .isInstanceOfSatisfying(PressDeskException.class, e -> assertThat(fixture.messages.describe(e))
                        .endsWith("ne porte aucune signature électronique."));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
