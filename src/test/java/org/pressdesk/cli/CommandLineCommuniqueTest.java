package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.app.AppServices;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/**
 * Writing, listing, showing and exporting communiqués from the command line, on one data directory made by
 * {@code init}. A second connection stays open beside the runs, as the window would, to count what is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineCommuniqueTest {
    private static final Set<String> JSON_FIELDS = Set.of("id", "uuid", "title", "body", "genre", "office",
            "place", "eventDate", "language", "status", "revision", "tags", "createdAt", "updatedAt",
            "conflict");
    private static final String CEREMONY = "Cérémonie de remise des lettres de créance";
    private static final String NOTE = "Note d’information";

    private final Cli cli = new Cli();
    private final ObjectMapper json = new ObjectMapper();
    private Path root;
    private String data;
    private Path bodyFile;
    private AppServices observer;
    private long ceremony;
    private long firstNote;
    private long secondNote;

    @BeforeAll
    void initAndWriteThreeCommuniques(@TempDir Path tempDir) throws IOException {
        root = tempDir;
        data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN, "--office", "BIP/MAECI").code())
                .isZero();
        Path ceremonyBody = tempDir.resolve("ceremonie.txt");
        Files.write(ceremonyBody, ("\uFEFFLe Président a reçu les lettres de créance.\r\n\r\nSecond paragraphe ;"
                + " fin.").getBytes(StandardCharsets.UTF_8));
        bodyFile = Files.writeString(tempDir.resolve("note.txt"), "Texte de la note.");
        ceremony = newCommunique("--title", CEREMONY, "--body-file", ceremonyBody.toString(), "--date", "2026-02-03",
                "--place", "Bamako", "--genre", "compte-rendu");
        cli.clock().advance(java.time.Duration.ofMinutes(1));
        firstNote = newCommunique("--title", NOTE, "--body-file", bodyFile.toString(), "--date", "2026-02-04");
        cli.clock().advance(java.time.Duration.ofMinutes(1));
        secondNote = newCommunique("--title", NOTE, "--body-file", bodyFile.toString(), "--date", "2026-02-04",
                "--language", "en");
        observer = AppServices.unlock(DataDirectory.prepare(Path.of(data)),
                TestOffice.settings(new MutableClock(), new RecordingSleeper()), TestOffice.ADMIN,
                TestOffice.PASSWORD.toCharArray());
    }

    @AfterAll
    void closeObserver() {
        observer.close();
    }

    @Test
    void newPrintsTheIdOfTheDraftItWrote() {
        assertThat(List.of(ceremony, firstNote, secondNote)).doesNotHaveDuplicates().allMatch(id -> id > 0);
        assertThat(observer.communiques().get(ceremony).content().body())
                .as("byte order mark dropped, line ends made \\n")
                .isEqualTo("Le Président a reçu les lettres de créance.\n\nSecond paragraphe ; fin.");
    }

    static Stream<Arguments> optionPositions() {
        return Stream.of(
                Arguments.of("both before the command", List.of("--data", "D", "--user", "U", "new")),
                Arguments.of("both after the command", List.of("new", "--data", "D", "--user", "U")),
                Arguments.of("data before, user after", List.of("--data", "D", "new", "--user", "U")),
                Arguments.of("user before, data last", List.of("--user", "U", "new", "LAST:--data", "LAST:D")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optionPositions")
    void dataAndUserAreAcceptedBeforeOrAfterTheCommandName(String label, List<String> layout) throws IOException {
        String title = "Position des options : " + label;
        List<String> args = new ArrayList<>();
        List<String> last = new ArrayList<>();
        for (String part : layout) {
            String token = part.replace("LAST:", "");
            String value = token.equals("D") ? data : token.equals("U") ? TestOffice.ADMIN : token;
            (part.startsWith("LAST:") ? last : args).add(value);
        }
        args.addAll(List.of("--title", title, "--body-file", bodyFile.toString()));
        args.addAll(last);

        Cli.Run run = cli.run(args.toArray(String[]::new));

        assertThat(run.code()).as(run.toString()).isZero();
        long id = Long.parseLong(run.out().strip());
        assertThat(observer.communiques().get(id).title()).isEqualTo(title);
    }

    @Test
    void listPrintsATableNewestChangeFirst() {
        Cli.Run run = cli.run("--data", data, "--user", TestOffice.ADMIN, "list", "--filter", "note");

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("N°", "Statut", "Date", "Bureau", "Titre");
        assertThat(lines.get(1)).contains(Long.toString(secondNote), "Brouillon", "2026-02-04", "BIP/MAECI", NOTE);
        assertThat(lines.get(2)).contains(Long.toString(firstNote));
        assertThat(lines.get(3)).isEqualTo("2 communiqué(s).");
    }

    @Test
    void listAsJsonGivesEveryCommuniqueWithExactlyTheDocumentedFields() throws IOException {
        Cli.Run run = cli.run("--data", data, "--user", TestOffice.ADMIN, "list", "--json");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode array = json.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(observer.database().dsl().fetchCount(Tables.COMMUNIQUE));
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : array) {
            assertThat(fieldNames(item)).isEqualTo(JSON_FIELDS);
            ids.add(item.get("id").asLong());
        }
        assertThat(ids).containsSubsequence(secondNote, firstNote, ceremony);
    }

    @Test
    void listAsJsonWithAFilterIgnoresAccents() throws IOException {
        Cli.Run run = cli.run("list", "--json", "--filter", "ceremonie", "--data", data, "--user", TestOffice.ADMIN);

        JsonNode array = json.readTree(run.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("title").asText()).isEqualTo(CEREMONY);
    }

    @Test
    void showAsJsonGivesTheWholeCommuniqueByNumberOrUuid() throws IOException {
        Cli.Run byNumber = cli.run("--data", data, "--user", TestOffice.ADMIN, "show", Long.toString(ceremony),
                "--json");

        assertThat(byNumber.code()).as(byNumber.toString()).isZero();
        JsonNode item = json.readTree(byNumber.out());
        assertThat(fieldNames(item)).isEqualTo(JSON_FIELDS);
        assertThat(item.get("id").asLong()).isEqualTo(ceremony);
        assertThat(item.get("title").asText()).isEqualTo(CEREMONY);
        assertThat(item.get("body").asText()).startsWith("Le Président").contains("\n\nSecond");
        assertThat(item.get("genre").asText()).isEqualTo("AUDIENCE_REPORT");
        assertThat(item.get("office").asText()).isEqualTo("BIP/MAECI");
        assertThat(item.get("place").asText()).isEqualTo("Bamako");
        assertThat(item.get("eventDate").asText()).isEqualTo("2026-02-03");
        assertThat(item.get("language").asText()).isEqualTo("fr");
        assertThat(item.get("status").asText()).isEqualTo("DRAFT");
        assertThat(item.get("revision").asInt()).isEqualTo(1);
        assertThat(item.get("tags").isArray()).isTrue();
        assertThat(Instant.parse(item.get("createdAt").asText())).isEqualTo(MutableClock.START);
        assertThat(Instant.parse(item.get("updatedAt").asText())).isEqualTo(MutableClock.START);

        Cli.Run byUuid = cli.run("--data", data, "--user", TestOffice.ADMIN, "show", item.get("uuid").asText(),
                "--json");
        assertThat(json.readTree(byUuid.out())).isEqualTo(item);
    }

    @Test
    void showPrintsTheCommuniqueAsItReads() {
        Cli.Run run = cli.run("--data", data, "--user", TestOffice.ADMIN, "show", Long.toString(ceremony));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(CEREMONY, "Bamako, le 3 février 2026", "Compte rendu d’audience",
                "Second paragraphe ; fin.");
    }

    @Test
    void exportPrintsThePathsOfTheFilesItWrote() {
        Path out = root.resolve("pdf-un");

        Cli.Run run = cli.run("--data", data, "--user", TestOffice.ADMIN, "export", Long.toString(ceremony),
                Long.toString(firstNote), "--out", out.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        List<Path> files = run.out().lines().map(Path::of).toList();
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "2026-02-03_ceremonie-de-remise-des-lettres-de-creance.pdf", "2026-02-04_note-d-information.pdf");
        assertThat(files).allSatisfy(file -> assertThat(file).isRegularFile().hasParent(out.toAbsolutePath()));
    }

    @Test
    void exportAllWritesEveryCommuniqueUnderDistinctNames() {
        Path out = root.resolve("pdf-tous");

        Cli.Run run = cli.run("export", "--all", "--out", out.toString(), "--data", data, "--user", TestOffice.ADMIN);

        assertThat(run.code()).as(run.toString()).isZero();
        List<Path> files = run.out().lines().map(Path::of).toList();
        assertThat(files).hasSize(observer.communiques().ids().size()).doesNotHaveDuplicates()
                .allSatisfy(file -> assertThat(file).isRegularFile())
                .extracting(p -> p.getFileName().toString())
                .contains("2026-02-04_note-d-information.pdf", "2026-02-04_note-d-information-2.pdf");
    }

    private long newCommunique(String... options) {
        List<String> args = new ArrayList<>(List.of("--data", data, "--user", TestOffice.ADMIN, "new"));
        args.addAll(List.of(options));
        Cli.Run run = cli.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).matches("\\d+\\R");
        return Long.parseLong(run.out().strip());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
