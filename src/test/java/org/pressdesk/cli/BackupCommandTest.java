package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestOffice;

/** Backups made while the database is in use, checked by restoring them, and restored into a new folder. */
class BackupCommandTest {
    private static final String WORD = "Tarabiscoquette";

    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();
    private String data;
    private Path backups;

    @BeforeEach
    void encryptedOfficeWithOneCommunique() throws IOException {
        data = tempDir.resolve("data").toString();
        backups = tempDir.resolve("cle-usb");
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN).code()).isZero();
        Path body = Files.writeString(tempDir.resolve("corps.txt"), "Visite " + WORD + " du Ministre.");
        Cli.Run created = cli.run("--data", data, "--user", TestOffice.ADMIN, "new", "--title", "Visite",
                "--body-file", body.toString());
        assertThat(created.code()).as(created.toString()).isZero();
    }

    @Test
    void aBackupIsCheckedBeforeItIsListedAndRestoresIntoANewFolder() throws IOException {
        Cli.Run made = cli.run("--data", data, "--user", TestOffice.ADMIN, "backup", "--to", backups.toString());

        assertThat(made.code()).as(made.toString()).isZero();
        assertThat(made.out()).contains("relue et vérifiée");
        List<Path> files = files(backups);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.endsWith(".zip")).noneMatch(n -> n.contains("partial"));
        Path zip = files.stream().filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        assertThat(new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1)).doesNotContain(WORD);
        Cli.Run listed = cli.run("--data", data, "--user", TestOffice.ADMIN, "backup", "list", "--to",
                backups.toString());
        assertThat(listed.out()).contains(zip.getFileName().toString());

        Path restored = tempDir.resolve("restauree");
        Cli.Run restore = cli.run("--data", data, "--user", TestOffice.ADMIN, "restore", zip.toString(), "--to",
                restored.toString());

        assertThat(restore.code()).as(restore.toString()).isZero();
        Cli.Run list = cli.run("--data", restored.toString(), "--user", TestOffice.ADMIN, "list");
        assertThat(list.out()).contains("Visite");
    }

    @Test
    void aWrongPasswordOrACorruptBackupRestoresNothing() throws IOException {
        assertThat(cli.run("--data", data, "--user", TestOffice.ADMIN, "backup", "--to", backups.toString()).code())
                .isZero();
        Path zip = files(backups).stream().filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        Path target = tempDir.resolve("restauree");

        Cli.Run wrong = new Cli().with("PRESSDESK_PASSWORD", "pas-le-bon-mot")
                .run("--data", data, "--user", TestOffice.ADMIN, "restore", zip.toString(), "--to", target.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("mot de passe incorrect").doesNotContain("Exception");
        assertThat(target).doesNotExist();

        Path corrupt = Files.writeString(tempDir.resolve("pressdesk-20260203-090000.zip"), "pas une sauvegarde");
        Cli.Run damaged = cli.run("--data", data, "--user", TestOffice.ADMIN, "restore", corrupt.toString(), "--to",
                target.toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).contains("rien n’a été écrit").doesNotContain("Exception");
        assertThat(target).doesNotExist();
    }

    @Test
    void anotherOfficesBackupDoesNotOpenWithOurPasswordAndLeavesNothing() throws IOException {
        String other = tempDir.resolve("autre").toString();
        assertThat(new Cli().with("PRESSDESK_PASSWORD", "un-autre-bureau-1")
                .run("--data", other, "init", "--admin", TestOffice.ADMIN).code()).isZero();
        Path otherBackups = tempDir.resolve("autres-sauvegardes");
        assertThat(new Cli().with("PRESSDESK_PASSWORD", "un-autre-bureau-1")
                .run("--data", other, "--user", TestOffice.ADMIN, "backup", "--to", otherBackups.toString()).code())
                .isZero();
        Path zip = files(otherBackups).stream().filter(p -> p.toString().endsWith(".zip")).findFirst()
                .orElseThrow();
        Path target = tempDir.resolve("restauree");

        Cli.Run refused = cli.run("--data", data, "--user", TestOffice.ADMIN, "restore", zip.toString(), "--to",
                target.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("mot de passe incorrect");
        assertThat(target).doesNotExist();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.toList();
        }
    }
}
