package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.testing.TestOffice;

/** The status line and watermark of an exported PDF fit its status: a draft is not for release, an archive no draft. */
class ExportWordingTest {
    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();

    private Cli.Run ok(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = tempDir.resolve("data").toString();
        all[2] = "--user";
        all[3] = TestOffice.ADMIN;
        System.arraycopy(args, 0, all, 4, args.length);
        Cli.Run run = cli.run(all);
        assertThat(run.code()).as(run.toString()).isZero();
        return run;
    }

    private String exportedText(String id) throws Exception {
        Path pdf = Path.of(ok("export", id, "--out", tempDir.resolve("pdf-" + id).toString()).out().strip());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aDraftSaysItIsNotForReleaseAndAnArchivedImportCarriesNoDraftWatermark() throws Exception {
        ok("init", "--admin", TestOffice.ADMIN, "--office", "BIP/MAECI");
        Path body = Files.writeString(tempDir.resolve("corps.txt"), "Le Ministre a reçu l’Ambassadeur du Japon.");
        String draft = ok("new", "--title", "Audience", "--body-file", body.toString()).out().strip();
        JsonNode imported = new ObjectMapper().readTree(ok("import",
                ArchiveFixture.sample("bip-maeci-2026.txt").toString(), "--status", "ARCHIVED", "--json").out());
        String archived = imported.get("files").get(0).get("items").get(0).get("id").asText();

        String draftText = exportedText(draft);
        String archivedText = exportedText(archived);

        // the watermark's letters are set one by one along the diagonal: read without spaces
        assertThat(draftText.replaceAll("\\s", "")).contains("PROJET");
        assertThat(draftText).contains("Projet – ne pas diffuser").doesNotContain("Pour diffusion immédiate");
        assertThat(archivedText.replaceAll("\\s", "")).doesNotContain("PROJET");
        assertThat(archivedText).doesNotContain("Projet – ne pas diffuser");
    }

    @Test
    void aSignatureTypedAtTheEndOfTheTextIsPrintedOnceNotTwice() throws Exception {
        ok("init", "--admin", TestOffice.ADMIN, "--office", "BIP/MAECI", "--office-name",
                "Bureau de l’Information et de la Presse");
        Path unsigned = Files.writeString(tempDir.resolve("sans.txt"), "Le Ministre a reçu l’Ambassadeur du Japon.");
        Path signed = Files.writeString(tempDir.resolve("avec.txt"),
                "Le Ministre a reçu l’Ambassadeur du Japon.\n\nBIP / MAECI\n");
        Path named = Files.writeString(tempDir.resolve("nom.txt"),
                "Le Ministre a reçu l’Ambassadeur du Japon.\n\nBureau de l'Information et de la Presse.\n");
        String plain = exportedText(ok("new", "--title", "Sans", "--body-file", unsigned.toString()).out().strip());
        String typed = exportedText(ok("new", "--title", "Avec", "--body-file", signed.toString()).out().strip());
        String byName = exportedText(ok("new", "--title", "Nom", "--body-file", named.toString()).out().strip());

        // the office's code stands once under a text without a signature ...
        assertThat(occurrences(plain, "BIP/MAECI")).isEqualTo(1);
        // ... and not again under one whose last line is the office's signature, by code or by name
        assertThat(occurrences(typed, "BIP/MAECI")).isZero();
        assertThat(occurrences(typed, "BIP / MAECI")).isEqualTo(1);
        assertThat(occurrences(byName, "BIP/MAECI")).isZero();
        assertThat(occurrences(byName, "Bureau de l'Information et de la Presse.")).isEqualTo(1);
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
