package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Genre;

/** The sample archives read as a press officer would read them: where each communiqué starts, ends, and who signs. */
class ArchiveReaderTest {
    @TempDir
    static Path directory;
    private static ArchiveFixture fixture;
    private static ArchiveReader reader;

    @BeforeAll
    static void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        reader = new ArchiveReader(fixture.services.understanding(), ArchiveReader.DEFAULT_MAX_BYTES);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static ParsedFile read(Path file) {
        return reader.read(List.of(file)).get(0);
    }

    private static List<String> keys(ParsedItem item) {
        return item.notices().stream().map(Notice::key).toList();
    }

    @Test
    void utf8FileWithInlineSignaturesRubricAndYearlessDate() {
        ParsedFile file = read(ArchiveFixture.sample("bip-maeci-2026.txt"));
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.notices()).isEmpty();
        assertThat(file.items()).extracting(ParsedItem::title).containsExactly(
                "Diplomatie\u00A0: le Ministre reçoit l’Ambassadeur du Royaume des Pays-Bas",
                "Cérémonie de remise des lettres de créance de trois Ambassadeurs",
                "Visite de travail du Ministre à Addis-Abeba");
        ParsedItem first = file.items().get(0);
        assertThat(first.body()).endsWith("entre les deux pays.").doesNotContain("BIP/MAECI");
        assertThat(first.body().split("\n\n")).hasSize(2);
        Understanding u = first.understanding();
        assertThat(u.eventDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(u.place()).isEqualTo("Bamako");
        assertThat(u.office().existing().code()).isEqualTo("BIP/MAECI");
        assertThat(u.genre()).isEqualTo(Genre.AUDIENCE_REPORT);
        assertThat(keys(first)).isEmpty();
        assertThat(file.items().get(1).understanding().eventDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        ParsedItem visit = file.items().get(2);
        assertThat(visit.understanding().eventDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(visit.understanding().place()).isEqualTo("Addis-Abeba");
        assertThat(visit.body()).contains("“pour faire avancer les dossiers de paix et de sécurité”.");
    }

    @Test
    void windows1252FileWithCrlfSignatureOnItsOwnLineAndStraightQuotes() {
        ParsedFile file = read(ArchiveFixture.sample("primature-2025-cp1252.txt"));
        assertThat(file.encoding()).isEqualTo("windows-1252");
        assertThat(file.notices()).extracting(Notice::key).containsExactly("archive.warning.windows1252");
        assertThat(file.items()).hasSize(2);
        ParsedItem council = file.items().get(0);
        assertThat(council.title()).isEqualTo("COMMUNIQUE DU CONSEIL DES MINISTRES");
        assertThat(council.body()).contains("s’est réuni", "Chef de l’État").doesNotContain("PRIMATURE", "\r");
        assertThat(council.understanding().signature()).isEqualTo("PRIMATURE");
        assertThat(council.understanding().office().existing().code()).isEqualTo("PRIMATURE");
        assertThat(council.understanding().eventDate()).isEqualTo(LocalDate.of(2025, 11, 12));
        ParsedItem partners = file.items().get(1);
        assertThat(partners.title()).isEqualTo("Le Premier ministre reçoit les partenaires techniques et financiers");
        assertThat(partners.body()).contains("le jeudi 18 décembre les représentants", "\"programme d’urgence\"")
                .endsWith("leur engagement.");
        assertThat(partners.understanding().eventDate()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(partners.understanding().place()).isEqualTo("Bamako");
        assertThat(partners.understanding().office().code()).isEqualTo("PRIMATURE");
    }

    @Test
    void mixedCaseSignaturesSeparatorsAndItemsWithoutDateOrSignature() {
        ParsedFile file = read(ArchiveFixture.sample("sante-2025-bom.txt"));
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.items()).hasSize(3);
        ParsedItem vaccination = file.items().get(0);
        assertThat(vaccination.title()).startsWith("Communiqué du 14 mai 2025");
        assertThat(vaccination.understanding().eventDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        OfficeMatch health = vaccination.understanding().office();
        assertThat(health.isNew()).isTrue();
        assertThat(health.code()).isEqualTo("Service de la Communication/Ministère de la Santé");
        assertThat(keys(vaccination)).containsExactly("archive.warning.newOffice");
        ParsedItem programme = file.items().get(1);
        assertThat(programme.understanding().place()).isEqualTo("Kayes");
        assertThat(keys(programme)).containsExactly("archive.warning.noDate", "archive.warning.noSignature");
        assertThat(programme.understanding().office().code()).isEqualTo("BIP/MAECI");
        ParsedItem dengue = file.items().get(2);
        assertThat(dengue.understanding().signature()).isEqualTo("Service de la Communication/Ministère de la Santé");
        assertThat(dengue.understanding().eventDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void mixedEncodingsAreReadLineByLineAndAWrongWeekdayIsReported() {
        ParsedFile file = read(ArchiveFixture.sample("melange-encodages.txt"));
        assertThat(file.notices()).extracting(Notice::key).containsExactly("archive.warning.mixedEncoding");
        ParsedItem item = file.items().get(0);
        assertThat(item.title()).isEqualTo("Réunion de coordination des chargés de communication");
        assertThat(item.body()).contains("Les chargés de communication", "à Ségou");
        assertThat(item.understanding().office().code()).isEqualTo("CCRP PRÉSIDENCE");
        assertThat(keys(item)).containsExactly("archive.warning.weekdayMismatch");
        assertThat(item.understanding().place()).isEqualTo("Ségou");
    }

    @Test
    void wordDocumentTakesItsFirstHeadingAsTitle(@TempDir Path dir) throws IOException {
        Path docx = WordSamples.write(dir.resolve("audience.docx"), List.of("RÉPUBLIQUE DU MALI"),
                "Le Ministre reçoit une délégation de la CEDEAO", List.of(
                        "Le Ministre a reçu ce jeudi 15 janvier 2026 à Bamako une délégation de la CEDEAO.",
                        "Les échanges ont porté sur la libre circulation des personnes.", "BIP/MAECI"));
        ParsedFile file = read(docx);
        assertThat(file.encoding()).isEqualTo("Word");
        ParsedItem item = file.items().get(0);
        assertThat(item.title()).isEqualTo("Le Ministre reçoit une délégation de la CEDEAO");
        assertThat(item.body()).doesNotContain("RÉPUBLIQUE", "BIP/MAECI");
        assertThat(item.understanding().office().code()).isEqualTo("BIP/MAECI");
        assertThat(item.understanding().eventDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(item.understanding().genre()).isEqualTo(Genre.AUDIENCE_REPORT);
    }

    @Test
    void wordDocumentWithoutHeadingTakesItsFirstParagraphAndAnInlineSignature(@TempDir Path dir) throws IOException {
        Path docx = WordSamples.write(dir.resolve("note.docx"), List.of(), null, List.of(
                "Note d’information sur la saison des pluies",
                "Les services météorologiques annoncent des pluies abondantes. PRIMATURE"));
        ParsedItem item = read(docx).items().get(0);
        assertThat(item.title()).isEqualTo("Note d’information sur la saison des pluies");
        assertThat(item.body()).isEqualTo("Les services météorologiques annoncent des pluies abondantes.");
        assertThat(item.understanding().signature()).isEqualTo("PRIMATURE");
        assertThat(item.understanding().genre()).isEqualTo(Genre.INFORMATION_NOTE);
    }

    @Test
    void badFilesAreRefusedWithAReason(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1});
        Path oldWord = Files.write(dir.resolve("ancien.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
            (byte) 0xE0, 1, 2, 3});
        Path brokenWord = Files.write(dir.resolve("casse.docx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9});
        Path blank = Files.writeString(dir.resolve("blanc.txt"), " \n\r\n  \n");
        Path large = Files.write(dir.resolve("grand.txt"), new byte[2 * 1024 * 1024]);
        ArchiveReader small = new ArchiveReader(fixture.services.understanding(), 1024 * 1024);
        List<ParsedFile> files = small.read(List.of(binary, oldWord, brokenWord, blank, large,
                ArchiveFixture.sample("vide.txt"), dir.resolve("absent.txt")));
        assertThat(files).allMatch(ParsedFile::failed).allMatch(f -> f.items().isEmpty());
        assertThat(files).extracting(f -> f.notices().get(0).key()).containsExactly("archive.error.notText",
                "archive.error.oldWord", "archive.error.badWord", "archive.error.empty", "archive.error.tooLarge",
                "archive.error.empty", "archive.error.notAFile");
        assertThat(files.get(4).notices().get(0).arguments()).containsExactly(2L, 1L);
    }

    @Test
    void paragraphsWithoutTitleAndTitlesWithoutBodyAreErrorsOfTheirItem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("orphelins.txt"), """
                le texte commence sans titre et continue ainsi jusqu’à la fin de la phrase. PRIMATURE

                Un titre sans corps

                Un second titre

                Le corps du second communiqué est là, le 3 février 2026. PRIMATURE
                """);
        List<ParsedItem> items = read(file).items();
        assertThat(items).extracting(ParsedItem::title).containsExactly("", "Un titre sans corps", "Un second titre");
        assertThat(keys(items.get(0))).contains("archive.error.noTitle");
        assertThat(keys(items.get(1))).contains("archive.error.noBody");
        assertThat(items.get(2).hasErrors()).isFalse();
    }
}
