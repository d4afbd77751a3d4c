package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.i18n.Messages;

/** The tag commands run in process against a real data directory, as a user would type them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TagCommandsTest {
    private static final String AUDIENCE = """
            La Ministre des Affaires étrangères, Mme Mariam DEMBÉLÉ, a reçu S.E.M. Pieter DE VRIES, Ambassadeur du \
            Royaume des Pays-Bas. Les échanges ont porté sur l’irrigation et l’accès à l’eau potable. Le Mali \
            remercie les Pays-Bas.
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private static Path data;
    private static Path text;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void prepare() throws IOException {
        data = directory.resolve("data");
        text = directory.resolve("audience.txt");
        Files.writeString(text, AUDIENCE);
        assertThat(run("init", "--admin", "awa", "--office", "PRESSE").code()).isZero();
        assertThat(run("--user", "awa", "office", "add", "BIP/MAECI", "--name", "Bureau de la presse",
                "--country", "République du Mali").code()).isZero();
        assertThat(run("--user", "awa", "new", "--title", "Audience", "--body-file", text.toString()).out().strip())
                .isEqualTo("1");
    }

    @Test
    @Order(1)
    void suggestPrintsSuggestionsAsJsonAndStoresNothing() throws IOException {
        JsonNode before = run("--user", "awa", "show", "1", "--json").json().get("tags");
        Run run = run("--user", "awa", "suggest", "--text-file", text.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : run.json()) {
            assertThat(tag.fieldNames()).toIterable().containsExactly("name", "kind", "evidence");
            tags.add(tag.get("kind").asText() + ":" + tag.get("name").asText());
        }
        assertThat(tags).contains("COUNTRY:Pays-Bas", "PERSON:Pieter de Vries", "PERSON:Mariam Dembélé", "THEME:eau")
                .doesNotContain("COUNTRY:Mali");
        assertThat(run("--user", "awa", "show", "1", "--json").json().get("tags")).isEqualTo(before);
        assertThat(before).allSatisfy(tag -> assertThat(tag.get("confirmed").asBoolean()).isFalse());
    }

    @Test
    @Order(2)
    void tagsListsSuggestionsWithTheirEvidence() throws IOException {
        JsonNode tags = run("--user", "awa", "tags", "1", "--json").json();
        assertThat(tags).isNotEmpty().allSatisfy(tag -> {
            assertThat(tag.get("confirmed").asBoolean()).isFalse();
            assertThat(tag.get("evidence").asText()).isNotBlank();
        });
        Run plain = run("--user", "awa", "tags", "1");
        assertThat(plain.out()).contains("Étiquettes confirmées (0)", "pays\u00a0: Pays-Bas (trouvé dans\u00a0: "
                + "Royaume des Pays-Bas, Pays-Bas)");
    }

    @Test
    @Order(3)
    void tagAddsRemovesAndConfirmsAll() throws IOException {
        assertThat(run("--user", "awa", "tag", "1", "--add", "Chine:pays").out().strip())
                .isEqualTo("Étiquette «\u00a0Chine\u00a0» (pays) ajoutée au communiqué 1.");
        assertThat(run("--user", "awa", "tag", "1", "--add", "UNESCO").code()).isZero();
        assertThat(run("--user", "awa", "tag", "1", "--confirm-all").code()).isZero();
        assertThat(run("--user", "awa", "tag", "1", "--remove", "chine").code()).isZero();

        JsonNode shown = run("--user", "awa", "show", "1", "--json").json().get("tags");
        List<String> names = new ArrayList<>();
        shown.forEach(tag -> {
            assertThat(tag.get("confirmed").asBoolean()).isTrue();
            names.add(tag.get("kind").asText() + ":" + tag.get("name").asText());
        });
        assertThat(names).contains("COUNTRY:Pays-Bas", "ORGANIZATION:UNESCO", "PERSON:Pieter de Vries")
                .doesNotContain("COUNTRY:Chine");
        assertThat(run("--user", "awa", "tags", "1", "--json").json()).allSatisfy(
                tag -> assertThat(tag.get("confirmed").asBoolean()).isTrue());
    }

    @Test
    @Order(4)
    void badRequestsSayWhatIsWrongAndChangeNothing() throws IOException {
        int before = run("--user", "awa", "show", "1", "--json").json().get("tags").size();
        Run noKind = run("--user", "awa", "tag", "1", "--add", "Amadou Sow");
        assertThat(noKind.code()).isEqualTo(CommandLineApp.FAILED);
        assertThat(noKind.err()).contains("Type inconnu pour").contains("Amadou Sow:personne");
        assertThat(run("--user", "awa", "tag", "1", "--add", ":pays").err()).contains("nom de l’étiquette est vide");
        assertThat(run("--user", "awa", "tag", "1").err()).contains("une seule action");
        assertThat(run("--user", "awa", "tag", "1", "--remove", "Japon").err()).contains("ne porte pas");
        assertThat(run("--user", "awa", "show", "1", "--json").json().get("tags")).hasSize(before);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err),
                Map.of(CliContext.PASSWORD_VARIABLE, "motdepasse-test"), question -> Optional.empty());
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        int code = new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }), start -> 0)
                .run(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
