package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.store.keys.KeySlots;
import org.pressdesk.testing.TestOffice;

/** {@code encrypt} converts a plain database through a checked copy and keeps the original until discarded. */
class EncryptCommandTest {
    private static final String WORD = "Quenouillardise";

    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();

    @Test
    void aPlainDatabaseIsEncryptedCheckedAndStillWorksWithTheSamePassword() throws IOException {
        Path data = tempDir.resolve("data");
        String dir = data.toString();
        Cli.Run init = cli.run("--data", dir, "init", "--admin", TestOffice.ADMIN, "--plain");
        assertThat(init.code()).as(init.toString()).isZero();
        assertThat(init.err()).contains("pas chiffrée");
        Path body = Files.writeString(tempDir.resolve("corps.txt"), "La délégation " + WORD + " est arrivée.");
        Cli.Run created = cli.run("--data", dir, "--user", TestOffice.ADMIN, "new", "--title", "Arrivée",
                "--body-file", body.toString());
        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(contains(data.resolve("pressdesk.mv.db"), WORD)).as("plain before").isTrue();

        Cli.Run encrypted = cli.run("--data", dir, "--user", TestOffice.ADMIN, "encrypt");

        assertThat(encrypted.code()).as(encrypted.toString()).isZero();
        assertThat(encrypted.out()).contains("chiffrée et vérifiée", "Clé de secours", "--discard-copy");
        assertThat(data.resolve(KeySlots.FILE_NAME)).isRegularFile();
        assertThat(contains(data.resolve("pressdesk.mv.db"), WORD)).as("encrypted after").isFalse();
        assertThat(data.resolve("index")).doesNotExist();
        assertThat(data.resolve("encrypting")).doesNotExist();
        Cli.Run search = cli.run("--data", dir, "--user", TestOffice.ADMIN, "search", WORD.toLowerCase());
        assertThat(search.code()).as(search.toString()).isZero();
        assertThat(search.out()).contains("Arrivée");
        Cli.Run again = cli.run("--data", dir, "--user", TestOffice.ADMIN, "encrypt");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("déjà chiffrée");

        Path copy = data.resolve("pressdesk-before-encryption.mv.db");
        assertThat(contains(copy, WORD)).as("the checked copy is kept until discarded").isTrue();
        Cli.Run discarded = cli.run("--data", dir, "--user", TestOffice.ADMIN, "encrypt", "--discard-copy");
        assertThat(discarded.code()).as(discarded.toString()).isZero();
        assertThat(copy).doesNotExist();
        assertThat(cli.run("--data", dir, "--user", TestOffice.ADMIN, "list").out()).contains("Arrivée");
    }

    @Test
    void aWrongPasswordEncryptsNothing() throws IOException {
        String dir = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", dir, "init", "--admin", TestOffice.ADMIN, "--plain").code()).isZero();

        Cli.Run refused = new Cli().with("PRESSDESK_PASSWORD", "pas-le-bon-mot")
                .run("--data", dir, "--user", TestOffice.ADMIN, "encrypt");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("mot de passe incorrect");
        assertThat(tempDir.resolve("data").resolve(KeySlots.FILE_NAME)).doesNotExist();
    }

    private static boolean contains(Path file, String word) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                .contains(new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
