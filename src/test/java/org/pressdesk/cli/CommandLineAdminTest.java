package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/** Accounts and the audit check from the command line. */
class CommandLineAdminTest {
    private static final String EDITOR_PASSWORD = "mot-de-passe-redaction";

    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();
    private String data;

    @BeforeEach
    void init() {
        data = tempDir.resolve("data").toString();
        Cli.Run run = cli.run("--data", data, "init", "--admin", TestOffice.ADMIN);
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    void auditVerifyPassesOnAnIntactTrailAndFailsNamingTheAlteredEntry() {
        Cli.Run intact = cli.run("--data", data, "--user", TestOffice.ADMIN, "audit", "verify");

        assertThat(intact.code()).as(intact.toString()).isZero();
        assertThat(intact.out()).contains("Journal d’audit intact");
        long altered;
        try (AppServices services = open()) {
            List<AuditEvent> events = new AuditRepository(services.database()).latest(100);
            altered = events.get(events.size() - 1).id();
            services.database().dsl().execute("update audit_event set actor_name = 'intrus' where id = ?", altered);
        }

        Cli.Run broken = cli.run("--data", data, "--user", TestOffice.ADMIN, "audit", "verify");

        assertThat(broken.code()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err()).contains("l’entrée " + altered + " a été modifiée").doesNotContain("Exception");
    }

    @Test
    void anAdministratorAddsAndListsAccounts() {
        Cli.Run added = cli.with("PRESSDESK_NEW_PASSWORD", EDITOR_PASSWORD)
                .run("--data", data, "--user", TestOffice.ADMIN, "user", "add", "redaction", "--role", "editor",
                        "--name", "Moussa Coulibaly");

        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.out()).contains("Compte « redaction » créé (rédacteur)");

        Cli.Run listed = cli.run("user", "list", "--data", data, "--user", TestOffice.ADMIN);
        assertThat(listed.code()).as(listed.toString()).isZero();
        assertThat(listed.out().lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("admin", "ADMINISTRATOR"))
                .anySatisfy(line -> assertThat(line).contains("redaction", "EDITOR", "Moussa Coulibaly"));
        try (AppServices services = open()) {
            UserAccount editor = services.accounts().signIn("redaction", EDITOR_PASSWORD.toCharArray());
            assertThat(editor.displayName()).isEqualTo("Moussa Coulibaly");
        }
    }

    @Test
    void anEditorCanNeitherAddNorListAccounts() {
        assertThat(cli.with("PRESSDESK_NEW_PASSWORD", EDITOR_PASSWORD)
                .run("--data", data, "--user", TestOffice.ADMIN, "user", "add", "redaction", "--role", "editor")
                .code()).isZero();
        Cli editor = new Cli().with("PRESSDESK_PASSWORD", EDITOR_PASSWORD)
                .with("PRESSDESK_NEW_PASSWORD", "encore-un-mot-de-passe");

        Cli.Run add = editor.run("--data", data, "--user", "redaction", "user", "add", "intrus", "--role", "admin");
        Cli.Run list = editor.run("--data", data, "--user", "redaction", "user", "list");

        assertThat(add.code()).as(add.toString()).isEqualTo(1);
        assertThat(add.err()).contains("Seul un administrateur");
        assertThat(list.code()).as(list.toString()).isEqualTo(1);
        assertThat(list.err()).contains("Seul un administrateur");
        assertThat(list.out()).doesNotContain("admin");
        try (AppServices services = open()) {
            assertThat(services.accounts().find("intrus")).isEmpty();
        }
    }

    @Test
    void aPersonWhosePasswordWasResetToChangeChoosesANewOneBeforeTheCommandRuns() {
        assertThat(cli.with("PRESSDESK_NEW_PASSWORD", EDITOR_PASSWORD)
                .run("--data", data, "--user", TestOffice.ADMIN, "user", "add", "redaction", "--role", "editor")
                .code()).isZero();
        String handedOver;
        try (AppServices services = open()) {
            handedOver = new String(services.accounts().resetPassword(services.accounts().find(TestOffice.ADMIN)
                    .orElseThrow(), services.accounts().find("redaction").orElseThrow(), true));
        }
        Cli editor = new Cli().with("PRESSDESK_PASSWORD", handedOver);

        Cli.Run refused = editor.run("--data", data, "--user", "redaction", "list");
        Cli.Run chosen = editor.with("PRESSDESK_NEW_PASSWORD", "le-mien-a-moi").run("--data", data, "--user",
                "redaction", "list");
        Cli.Run next = new Cli().with("PRESSDESK_PASSWORD", "le-mien-a-moi").run("--data", data, "--user",
                "redaction", "list");

        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("réinitialisé", "PRESSDESK_NEW_PASSWORD");
        assertThat(chosen.code()).as(chosen.toString()).isZero();
        assertThat(chosen.err()).contains("Nouveau mot de passe enregistré");
        assertThat(next.code()).as(next.toString()).isZero();
        assertThat(next.err()).doesNotContain("réinitialisé");
    }

    private AppServices open() {
        return AppServices.unlock(DataDirectory.prepare(Path.of(data)),
                TestOffice.settings(new MutableClock(), new RecordingSleeper()), TestOffice.ADMIN,
                TestOffice.PASSWORD.toCharArray());
    }
}
