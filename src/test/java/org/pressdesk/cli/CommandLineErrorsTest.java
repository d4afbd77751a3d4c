package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Every refusal reaches the user as one French sentence on the error stream with a non-zero exit code: no Java
 * exception text, no stack trace, nothing printed as if it had worked, and nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineErrorsTest {
    private Path root;
    private String data;
    private String body;
    private AppServices observer;

    @BeforeAll
    void init(@TempDir Path tempDir) throws IOException {
        root = tempDir;
        data = tempDir.resolve("data").toString();
        body = Files.writeString(tempDir.resolve("corps.txt"), "Corps.").toString();
        Cli.Run init = new Cli().run("--data", data, "init", "--admin", TestOffice.ADMIN, "--office", "BIP/MAECI");
        assertThat(init.code()).as(init.toString()).isZero();
        observer = AppServices.unlock(DataDirectory.prepare(Path.of(data)),
                TestOffice.settings(new MutableClock(), new RecordingSleeper()), TestOffice.ADMIN,
                TestOffice.PASSWORD.toCharArray());
    }

    @AfterAll
    void close() {
        observer.close();
    }

    /** A label, the command line (DATA, BODY and FILE stand for paths), a variable to drop, and what stderr says. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("unknown office", "--data DATA --user admin new --title T --body-file BODY --office NOPE",
                        null, "« NOPE »", "BIP/MAECI"),
                refusal("data is a file", "--data FILE --user admin list", null, "est un fichier"),
                refusal("wrong password", "--data DATA --user admin list", "wrong", "mot de passe incorrect"),
                refusal("unknown account", "--data DATA --user personne list", null, "mot de passe incorrect"),
                refusal("missing --user", "--data DATA new --title T --body-file BODY", null, "--user NOM"),
                refusal("no password anywhere", "--data DATA --user admin list", "none", "PRESSDESK_PASSWORD"),
                refusal("bad --date", "--data DATA --user admin new --title T --body-file BODY --date 03/02/2026",
                        null, "Date invalide", "« 03/02/2026 »", "AAAA-MM-JJ"),
                refusal("bad --genre", "--data DATA --user admin new --title T --body-file BODY --genre poeme",
                        null, "Genre inconnu", "compte-rendu"),
                refusal("missing body file", "--data DATA --user admin new --title T --body-file DATA/absent.txt",
                        null, "Fichier introuvable", "absent.txt"),
                refusal("empty title", "--data DATA --user admin new --title ' ' --body-file BODY", null,
                        "Le titre est obligatoire"),
                refusal("unknown communique", "--data DATA --user admin show 999", null, "numéro 999"),
                refusal("export without ids", "--data DATA --user admin export --out DATA/pdf", null, "--all"),
                refusal("export into a file", "--data DATA --user admin export --all --out FILE", null,
                        "n’est pas un dossier"));
    }

    private static Arguments refusal(String label, String line, String password, String... expected) {
        return Arguments.of(label, line, password, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusalIsOneSentenceOnStderrAndWritesNothing(String label, String line, String password,
            String[] expected) throws IOException {
        Path file = Files.writeString(root.resolve("fichier.txt"), "un fichier, pas un dossier");
        int communiques = observer.database().dsl().fetchCount(Tables.COMMUNIQUE);
        int files = countFiles(Path.of(data));
        Cli cli = new Cli();
        if ("wrong".equals(password)) {
            cli.with("PRESSDESK_PASSWORD", "pas-le-bon-mot-de-passe");
        } else if ("none".equals(password)) {
            cli.without("PRESSDESK_PASSWORD");
        }

        Cli.Run run = cli.run(arguments(line, file));

        assertThat(run.code()).as(run.toString()).isEqualTo(CommandLineApp.FAILED);
        assertThat(run.err()).as(run.toString()).contains(expected)
                .doesNotContain("Exception", "at org.", "\tat ", "null");
        assertThat(run.err().strip().lines()).as("one sentence").hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(observer.database().dsl().fetchCount(Tables.COMMUNIQUE)).isEqualTo(communiques);
        assertThat(countFiles(Path.of(data))).isEqualTo(files);
        assertThat(file).hasContent("un fichier, pas un dossier");
    }

    private String[] arguments(String line, Path file) {
        List<String> args = new ArrayList<>();
        for (String word : line.split(" (?=(?:[^']*'[^']*')*[^']*$)")) {
            args.add(word.replace("'", "").replace("DATA", data).replace("BODY", body)
                    .replace("FILE", file.toString()));
        }
        return args.toArray(String[]::new);
    }

    private static int countFiles(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return (int) all.count();
        }
    }
}
