package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestOffice;

/** A conflict settled from the command line by a text merged by hand: a new revision after both. */
class ResolveMergeCommandTest {
    @TempDir
    Path temp;

    private final AdminCli admin = new AdminCli();
    private final Cli cli = admin.cli();
    private String hq;
    private String field;

    @BeforeEach
    void twoInstallationsInConflict() throws IOException {
        hq = temp.resolve("hq").toString();
        field = temp.resolve("field").toString();
        ok(cli.run("--data", hq, "init", "--admin", TestOffice.ADMIN));
        ok(cli.run("--data", field, "init", "--admin", TestOffice.ADMIN));
        ok(as(hq, "exchange", "identity", "--name", "Siège", "--headquarters", "--out", file("hq.pem")));
        ok(as(field, "exchange", "identity", "--name", "Dakar", "--out", file("field.pem")));
        ok(as(field, "exchange", "peer", "add", file("hq.pem"), "--name", "siege"));
        ok(as(hq, "exchange", "peer", "add", file("field.pem"), "--name", "dakar"));
        ok(as(field, "new", "--title", "Visite à Dakar", "--body-file", text("un.txt", "Texte commun.")));
        ok(as(field, "exchange", "export", "--to", "siege", "--out", file("1.pdx")));
        ok(as(hq, "exchange", "import", file("1.pdx")));
        ok(as(field, "edit", "1", "--body-file", text("terrain.txt", "Version du terrain.")));
        ok(as(hq, "edit", "1", "--body-file", text("siege.txt", "Version du siège.")));
        ok(as(field, "exchange", "export", "--to", "siege", "--out", file("2.pdx")));
        ok(as(hq, "exchange", "import", file("2.pdx")));
        assertThat(ok(as(hq, "conflicts", "--json")).out()).contains("Version du terrain.");
    }

    @Test
    void aMergedTextBecomesANewRevisionAndSettlesTheConflict() throws IOException {
        Cli.Run resolved = ok(as(hq, "resolve", "1", "--merge-file",
                text("fusion.md", "Version du siège, **complétée** par le terrain."), "--title", "Visite (fusion)"));

        assertThat(resolved.out()).contains("résolu par la révision 4");
        assertThat(ok(as(hq, "conflicts")).out()).contains("Aucun communiqué en conflit");
        assertThat(ok(as(hq, "show", "1", "--json")).out()).contains("Visite (fusion)")
                .contains("\"conflict\" : false");
        ok(as(hq, "audit", "verify"));

        ok(as(hq, "exchange", "export", "--to", "dakar", "--out", file("3.pdx")));
        ok(as(field, "exchange", "import", file("3.pdx")));
        assertThat(ok(as(field, "show", "1", "--json")).out()).contains("Visite (fusion)")
                .contains("\"conflict\" : false");
    }

    @Test
    void keepAndMergeTogetherAreRefusedWithAClearMessage() throws IOException {
        Cli.Run refused = as(hq, "resolve", "1", "--keep", "00000000-0000-0000-0000-000000000000", "--merge-file",
                text("fusion.md", "Texte."));

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("--merge-file").doesNotContain("Exception");
        assertThat(ok(as(hq, "conflicts", "--json")).out()).contains("Version du terrain.");
    }

    private String file(String name) {
        return temp.resolve(name).toString();
    }

    private String text(String name, String body) throws IOException {
        return Files.writeString(temp.resolve(name), body).toString();
    }

    private Cli.Run as(String data, String... args) {
        return admin.as(data, args);
    }

    private static Cli.Run ok(Cli.Run run) {
        return AdminCli.ok(run);
    }
}
