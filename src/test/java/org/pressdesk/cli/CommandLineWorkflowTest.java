package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestOffice;

/** The review workflow from the command line: the same rules as the window, refusals in plain words. */
class CommandLineWorkflowTest {
    private static final String EDITOR_PASSWORD = "mot-de-passe-redaction";
    private static final String MANAGER_PASSWORD = "mot-de-passe-direction";

    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();
    private final ObjectMapper json = new ObjectMapper();
    private String data;
    private Path body;

    @BeforeEach
    void office() throws Exception {
        data = tempDir.resolve("data").toString();
        ok(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN, "--office", "BIP/MAECI"));
        ok(cli.with("PRESSDESK_NEW_PASSWORD", EDITOR_PASSWORD).run("--data", data, "--user", TestOffice.ADMIN,
                "user", "add", "redaction", "--role", "editor"));
        ok(cli.with("PRESSDESK_NEW_PASSWORD", MANAGER_PASSWORD).run("--data", data, "--user", TestOffice.ADMIN,
                "user", "add", "direction", "--role", "manager"));
        body = tempDir.resolve("audience.txt");
        Files.writeString(body, "Le Ministre a reçu en audience l’Ambassadeur du Japon.");
    }

    @Test
    void aDraftGoesThroughReviewChangesApprovalAndPublication() throws Exception {
        String id = asEditor("new", "--title", "Audience", "--body-file", body.toString()).out().strip();
        assertThat(asEditor("submit", id).out()).contains("« Audience » : Brouillon → En relecture.");

        Cli.Run noComment = asManager("request-changes", id);
        assertThat(noComment.code()).isEqualTo(2);
        assertThat(noComment.err()).contains("Il manque : --comment");
        ok(asManager("request-changes", id, "--comment", "Préciser la date."));
        Files.writeString(body, "Le Ministre a reçu en audience, ce mardi 3 février 2026, l’Ambassadeur du Japon.");
        assertThat(asEditor("edit", id, "--body-file", body.toString()).out()).contains("révision 2 enregistrée");
        ok(asEditor("submit", id));
        ok(asManager("approve", id, "--comment", "Bon pour diffusion."));
        cli.with("PRESSDESK_KEYSTORE_PASSWORD", "signature-du-bureau");
        ok(as(TestOffice.ADMIN, TestOffice.PASSWORD, "cert", "generate"));
        ok(asManager("publish", id));

        JsonNode shown = json.readTree(asEditor("show", id, "--json").out());
        assertThat(shown.get("status").asText()).isEqualTo("PUBLISHED");
        JsonNode history = json.readTree(asEditor("history", id, "--json").out());
        assertThat(history).extracting(e -> e.get("type").asText() + ":" + text(e, "action") + ":" + text(e, "to"))
                .containsExactly("REVISION:null:null", "TRANSITION:SUBMIT:IN_REVIEW",
                        "TRANSITION:REQUEST_CHANGES:DRAFT", "REVISION:null:null", "TRANSITION:SUBMIT:IN_REVIEW",
                        "TRANSITION:APPROVE:APPROVED", "TRANSITION:PUBLISH:PUBLISHED");
        assertThat(history.get(2).get("comment").asText()).isEqualTo("Préciser la date.");
        // a person reads a local time; the JSON keeps the ISO instant for programs
        assertThat(asEditor("history", id).out()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
                .containsPattern("\\d{4},? \\d{2}:\\d{2} · .* · révision 1 enregistrée");
        assertThat(history.get(0).get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode comments = json.readTree(asEditor("comments", id, "--json").out());
        assertThat(comments).extracting(c -> c.get("kind").asText() + ":" + c.get("author").asText())
                .containsExactly("CHANGE_REQUEST:direction", "APPROVAL:direction");
    }

    @Test
    void publishingWithoutASigningCertificateIsRefusedSoThatEveryPublishedTextExports() throws Exception {
        String id = asEditor("new", "--title", "Audience", "--body-file", body.toString()).out().strip();
        ok(asEditor("submit", id));
        ok(asManager("approve", id));

        Cli.Run refused = asManager("publish", id);

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("le bureau BIP/MAECI n’a pas de certificat de signature")
                .contains("cert generate");
        assertThat(json.readTree(asEditor("show", id, "--json").out()).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void anEditorCannotApproveAndNothingChanges() throws Exception {
        String id = asEditor("new", "--title", "Audience", "--body-file", body.toString()).out().strip();
        ok(asEditor("submit", id));

        Cli.Run refused = asEditor("approve", id);

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Seul un responsable ou un administrateur peut approuver.")
                .doesNotContain("Exception");
        assertThat(json.readTree(asEditor("show", id, "--json").out()).get("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aForbiddenTransitionNamesTheRule() {
        String id = asEditor("new", "--title", "Audience", "--body-file", body.toString()).out().strip();

        Cli.Run refused = asManager("publish", id);

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Impossible de publier : ce communiqué est au statut « Brouillon ».");
    }

    @Test
    void editingAnApprovedCommuniqueStartsANewDraftAndTheApprovedRevisionStaysInTheHistory() throws Exception {
        String id = asEditor("new", "--title", "Audience", "--body-file", body.toString()).out().strip();
        ok(asEditor("submit", id));
        ok(asManager("approve", id));
        Files.writeString(body, "Texte revu après approbation.");

        Cli.Run edited = asEditor("edit", id, "--body-file", body.toString(), "--title", "Audience (mise à jour)");

        assertThat(edited.out()).contains("« Audience (mise à jour) » : révision 2 enregistrée (statut Brouillon).");
        JsonNode history = json.readTree(asEditor("history", id, "--json").out());
        assertThat(history).extracting(e -> text(e, "action")).contains("APPROVE", "REOPEN");
    }

    @Test
    void theFourEyesRuleCanBeWaivedOnlyByAnAdministrator() {
        Cli.Run refused = asManager("four-eyes", "--waive");
        assertThat(refused.code()).isEqualTo(1);
        Cli.Run waived = as(TestOffice.ADMIN, TestOffice.PASSWORD, "four-eyes", "--waive");
        assertThat(waived.out()).contains("Règle des quatre yeux levée");
        String id = asManager("new", "--title", "Note", "--body-file", body.toString()).out().strip();
        ok(asManager("submit", id));
        ok(asManager("approve", id));
    }

    private Cli.Run asEditor(String... args) {
        return as("redaction", EDITOR_PASSWORD, args);
    }

    private Cli.Run asManager(String... args) {
        return as("direction", MANAGER_PASSWORD, args);
    }

    private Cli.Run as(String user, String password, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = data;
        all[2] = "--user";
        all[3] = user;
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.with("PRESSDESK_PASSWORD", password).run(all);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "null" : value.asText();
    }

    private static void ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
    }
}
