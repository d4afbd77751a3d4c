package org.pressdesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.TaskRunner;

class AuditViewModelTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private AuditViewModel model;
    private Communique communique;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        communique = data.services.communiques().create(data.editor, new CommuniqueContent("Audience",
                "Texte.", Genre.AUDIENCE_REPORT, data.office.id(), "Bamako", null, "fr"));
        data.services.reviews().submit(data.editor, communique.id());
        model = new AuditViewModel(data.services.auditLog(), data.services.auditVerifier(), data.admin,
                data.messages, TaskRunner.sameThread());
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void filtersByUserCommuniqueKindAndDate() {
        model.search();
        assertThat(model.events()).extracting(AuditEvent::kind).contains(AuditKind.ACCOUNT_CREATED,
                AuditKind.OFFICE_CREATED, AuditKind.COMMUNIQUE_CREATED, AuditKind.TRANSITION);

        model.user().set("REDACTION");
        model.search();
        assertThat(model.events()).isNotEmpty().allSatisfy(e -> assertThat(e.actorName()).isEqualTo("redaction"));

        model.user().set("");
        model.communique().set(Long.toString(communique.id()));
        model.kind().set(AuditKind.TRANSITION);
        model.search();
        assertThat(model.events()).singleElement().satisfies(e -> assertThat(e.detail()).contains("to=IN_REVIEW"));

        model.kind().set(null);
        model.from().set(LocalDate.now().plusDays(2));
        model.search();
        assertThat(model.events()).isEmpty();
        assertThat(model.message().get()).isEqualTo("0 entrée(s) affichée(s).");
    }

    @Test
    void aCommuniqueNumberThatIsNotANumberIsExplained() {
        model.communique().set("douze");
        model.search();
        assertThat(model.message().get()).contains("douze").contains("n’est pas un numéro");
    }

    @Test
    void checksTheChainAndSaysWhereItBreaks() {
        model.verify();
        assertThat(model.message().get()).startsWith("Journal d’audit intact");

        data.services.database().dsl().execute("update audit_event set detail = 'falsifié' where id = 2");
        model.verify();
        assertThat(model.message().get()).contains("l’entrée 2 a été modifiée");
    }

    @Test
    void editorsMayNotReadTheTrail() {
        AuditViewModel editorView = new AuditViewModel(data.services.auditLog(), data.services.auditVerifier(),
                data.editor, data.messages, TaskRunner.sameThread());
        editorView.search();
        assertThat(editorView.events()).isEmpty();
        assertThat(editorView.message().get()).contains("Seul un responsable");
    }
}
