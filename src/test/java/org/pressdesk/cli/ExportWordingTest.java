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
}
