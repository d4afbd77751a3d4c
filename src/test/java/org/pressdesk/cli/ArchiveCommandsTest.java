package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.i18n.Messages;

/** {@code import} and {@code search} run in process, as a script would run them. */
class ArchiveCommandsTest {
    @TempDir
    static Path directory;
    private static Path data;

    @BeforeAll
    static void createOffice() {
        data = directory.resolve("data");
        new ArchiveFixture(data).close();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err),
                Map.of("PRESSDESK_PASSWORD", new String(ArchiveFixture.PASSWORD)), question -> Optional.empty());
        AppServices.Settings settings = new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000),
                d -> { });
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = data.toString();
        all[2] = "--user";
        all[3] = "admin";
        System.arraycopy(args, 0, all, 4, args.length);
        int code = new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH), settings, start -> 3).run(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsThenSearchesThenFindsOnlyDuplicatesTheSecondTime() throws Exception {
        String bip = ArchiveFixture.sample("bip-maeci-2026.txt").toString();
        String primature = ArchiveFixture.sample("primature-2025-cp1252.txt").toString();

        Run dry = run("import", bip, primature, "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("bip-maeci-2026.txt (UTF-8)\u00A0: 3 communiqué(s)",
                "date\u00A0: 2026-02-03 · bureau\u00A0: BIP/MAECI · lieu\u00A0: Bamako",
                "Fichier lu en Windows-1252", "Essai à blanc");

        Run imported = run("import", bip, primature, "--json", "--status", "published");
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(imported.out());
        assertThat(report.get("totals").get("imported").asInt()).isEqualTo(5);
        JsonNode first = report.get("files").get(0).get("items").get(0);
        assertThat(first.get("eventDate").asText()).isEqualTo("2026-02-03");
        assertThat(first.get("office").asText()).isEqualTo("BIP/MAECI");
        assertThat(first.get("place").asText()).isEqualTo("Bamako");
        assertThat(first.get("id").asLong()).isPositive();

        Run found = run("search", "ceremonie", "ambassadeurs", "--json", "--status", "PUBLISHED");
        JsonNode hits = new ObjectMapper().readTree(found.out());
        assertThat(hits.get(0).get("title").asText()).startsWith("Cérémonie de remise");
        assertThat(hits.get(0).get("snippet").asText()).contains("<em>");
        assertThat(hits.get(0).get("score").asDouble()).isPositive();
        assertThat(run("search", "conseil", "--office", "PRIMATURE", "--from", "2025-11-01").out())
                .contains("COMMUNIQUE DU CONSEIL DES MINISTRES", "*Conseil*", "1 résultat(s) affiché(s) sur 1.");

        Run again = run("import", bip);
        assertThat(again.out()).contains("déjà présent", "0 importé(s)", "3 doublon(s)");
    }

    @Test
    void badFilesAreReportedPerFileWithAnErrorCode(@TempDir Path dir) throws Exception {
        Path binary = java.nio.file.Files.write(dir.resolve("image.txt"), new byte[] {0, 1, 2, 3, 4});
        Run run = run("import", binary.toString(), ArchiveFixture.sample("vide.txt").toString(), "--dry-run");
        assertThat(run.code()).isEqualTo(CommandLineApp.FAILED);
        assertThat(run.out()).contains("erreur\u00A0: Ce fichier n’est ni du texte ni un document Word (.docx).",
                "erreur\u00A0: Fichier vide\u00A0: aucun communiqué.");
    }

    @Test
    void aBadLimitIsRefusedInPlainWords() {
        Run run = run("search", "x", "--limit", "0");
        assertThat(run.code()).isEqualTo(CommandLineApp.FAILED);
        assertThat(run.err()).contains("--limit doit être un nombre positif");
    }

    @Test
    void aSearchOfTooManyWordsIsShortenedAndSaysSo() {
        String[] words = new String[603];
        java.util.Arrays.fill(words, "ambassadeur");
        String[] args = new String[words.length + 1];
        args[0] = "search";
        System.arraycopy(words, 0, args, 1, words.length);
        Run found = run(args);
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.err()).contains("raccourcie à ses 100 premiers mots").contains("503 suivants");
    }
}
