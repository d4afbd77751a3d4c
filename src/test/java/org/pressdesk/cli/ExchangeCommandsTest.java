package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestOffice;

/** Two installations pair and hand a communiqué over, each step from the command line. */
class ExchangeCommandsTest {
    @TempDir
    Path temp;

    private final AdminCli admin = new AdminCli();
    private final Cli cli = admin.cli();

    @Test
    void twoInstallationsPairExportPreviewImportAndVerifyTheirAuditTrails() throws IOException {
        String hq = temp.resolve("hq").toString();
        String field = temp.resolve("field").toString();
        ok(cli.run("--data", hq, "init", "--admin", TestOffice.ADMIN));
        ok(cli.run("--data", field, "init", "--admin", TestOffice.ADMIN));
        Cli.Run identity = ok(as(hq, "exchange", "identity", "--name", "Siège", "--headquarters", "--out",
                temp.resolve("hq.pem").toString()));
        ok(as(field, "exchange", "identity", "--name", "Bureau de Dakar", "--out",
                temp.resolve("field.pem").toString()));
        String fingerprint = identity.out().substring(identity.out().lastIndexOf(' ', identity.out().length() - 6))
                .strip();

        Cli.Run added = ok(as(field, "exchange", "peer", "add", temp.resolve("hq.pem").toString(), "--name", "siege"));
        ok(as(hq, "exchange", "peer", "add", temp.resolve("field.pem").toString(), "--name", "dakar"));
        assertThat(added.out()).contains(fingerprint).contains("Siège");

        Path body = Files.writeString(temp.resolve("body.txt"), "Le bureau de Dakar annonce une visite.");
        ok(as(field, "new", "--title", "Visite à Dakar", "--body-file", body.toString()));
        assertThat(ok(as(field, "exchange", "pending", "--to", "siege", "--json")).out())
                .contains("\"communiques\" : 1");
        Path file = temp.resolve("dakar-siege.pdx");
        ok(as(field, "exchange", "export", "--to", "siege", "--out", file.toString()));

        Cli.Run preview = ok(as(hq, "exchange", "import", file.toString(), "--dry-run", "--json"));
        assertThat(preview.out()).contains("\"applied\" : false").contains("\"newCommuniques\" : 1");
        assertThat(ok(as(hq, "list", "--json")).out()).doesNotContain("Visite à Dakar");

        assertThat(ok(as(hq, "exchange", "import", file.toString())).out()).contains("Visite à Dakar");
        assertThat(ok(as(hq, "list", "--json")).out()).contains("Visite à Dakar").contains("\"conflict\" : false");
        assertThat(ok(as(hq, "exchange", "import", file.toString())).out()).contains("déjà été reçu");
        assertThat(ok(as(hq, "conflicts")).out()).contains("Aucun communiqué en conflit");
        assertThat(ok(as(hq, "exchange", "peers", "--json")).out()).contains("\"name\" : \"dakar\"");
        ok(as(hq, "audit", "verify"));
        ok(as(field, "audit", "verify"));
    }

    @Test
    void aFileFromAnUnknownInstallationIsRefusedWithAClearMessage() throws IOException {
        String a = temp.resolve("a").toString();
        String b = temp.resolve("b").toString();
        ok(cli.run("--data", a, "init", "--admin", TestOffice.ADMIN));
        ok(cli.run("--data", b, "init", "--admin", TestOffice.ADMIN));
        ok(as(a, "exchange", "identity", "--name", "A", "--out", temp.resolve("a.pem").toString()));
        ok(as(b, "exchange", "identity", "--name", "B", "--out", temp.resolve("b.pem").toString()));
        ok(as(a, "exchange", "peer", "add", temp.resolve("b.pem").toString(), "--name", "b"));
        Path file = temp.resolve("a-b.pdx");
        ok(as(a, "exchange", "export", "--to", "b", "--out", file.toString()));

        Cli.Run refused = as(b, "exchange", "import", file.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("installation inconnue").doesNotContain("Exception");
    }

    private Cli.Run as(String data, String... args) {
        return admin.as(data, args);
    }

    private static Cli.Run ok(Cli.Run run) {
        return AdminCli.ok(run);
    }
}
