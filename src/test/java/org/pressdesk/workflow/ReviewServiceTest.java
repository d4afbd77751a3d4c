package org.pressdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Approval;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.AuditQuery;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ReviewComment;
import org.pressdesk.domain.RuleViolationException;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.StatusChange;
import org.pressdesk.domain.WorkflowAction;
import org.pressdesk.publication.ExportedPdf;

class ReviewServiceTest {
    @TempDir
    Path directory;

    private WorkflowFixture office;
    private ReviewService reviews;

    @BeforeEach
    void open() {
        office = new WorkflowFixture(directory.resolve("data"));
        reviews = office.services.reviews();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void approvalRecordsTheExactRevisionAndItsHash() {
        Communique approved = office.inStatus(Status.APPROVED);
        List<Approval> approvals = reviews.approvals(approved.id());

        assertThat(approvals).singleElement().satisfies(a -> {
            assertThat(a.revisionId()).isEqualTo(approved.currentRevisionId());
            assertThat(a.approverName()).isEqualTo("chef");
            assertThat(a.contentSha256()).isEqualTo(ContentHash.of(approved.content(), "BIP/MAECI"));
            assertThat(a.fourEyesWaived()).isFalse();
        });
        assertThat(approved.approvedRevisionId()).isEqualTo(approved.currentRevisionId());
    }

    @Test
    void anApprovedTextIsFrozenAndModifierStartsADraftWhileTheApprovedRevisionStillExports() throws Exception {
        Communique approved = office.inStatus(Status.APPROVED);
        assertThatThrownBy(() -> office.services.communiques().save(office.author, approved.id(), approved.version(),
                office.content("Changé en douce."))).isInstanceOf(RuleViolationException.class);

        Communique reopened = reviews.reopen(office.author, approved.id());
        Communique edited = office.services.communiques().save(office.author, reopened.id(), reopened.version(),
                office.content("Texte corrigé après approbation."));

        assertThat(edited.status()).isEqualTo(Status.DRAFT);
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.approvedRevisionId()).isEqualTo(approved.currentRevisionId());
        ExportedPdf pdf = office.services.pdfExport().export(office.author, edited.id(), directory.resolve("pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Le Ministre a reçu en audience").doesNotContain("Texte corrigé");
            assertThat(text.replaceAll("\\s", "")).doesNotContain("PROJET");
            assertThat(document.getDocumentInformation().getCustomMetadataValue("PressDesk-ApprovedBy"))
                    .isEqualTo("chef");
        }
    }

    @Test
    void draftsExportWithTheProjetWatermarkAndSayWorkingDocument() throws Exception {
        Communique draft = office.inStatus(Status.DRAFT);
        ExportedPdf pdf = office.services.pdfExport().export(office.author, draft.id(), directory.resolve("pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("PROJET");
            assertThat(document.getDocumentInformation().getSubject()).contains("Document de travail");
            assertThat(document.getDocumentInformation().getCustomMetadataValue("PressDesk-ApprovedBy")).isNull();
        }
    }

    @Test
    void approvedExportsCarryTheApproverAndTimeAndNoWatermark() throws Exception {
        Communique approved = office.inStatus(Status.APPROVED);
        ExportedPdf pdf = office.services.pdfExport().export(office.manager, approved.id(), directory.resolve("pdf"));
        Approval approval = reviews.approvals(approved.id()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).doesNotContain("PROJET");
            assertThat(document.getDocumentInformation().getSubject()).doesNotContain("Document de travail");
            assertThat(document.getDocumentInformation().getCustomMetadataValue("PressDesk-ApprovedAt"))
                    .isEqualTo(approval.approvedAt().toString());
        }
    }

    @Test
    void requestingChangesNeedsACommentThatThenAppearsInCommentsAndHistory() {
        Communique inReview = office.inStatus(Status.IN_REVIEW);
        assertThatThrownBy(() -> reviews.requestChanges(office.manager, inReview.id(), "  "))
                .isInstanceOf(PressDeskException.class).hasMessageContaining("workflow.commentRequired");
        assertThat(office.services.communiques().get(inReview.id()).status()).isEqualTo(Status.IN_REVIEW);

        reviews.requestChanges(office.manager, inReview.id(), "Ajouter le nom de l’Ambassadeur.");

        assertThat(reviews.comments(inReview.id())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ReviewComment.Kind.CHANGE_REQUEST);
            assertThat(c.text()).isEqualTo("Ajouter le nom de l’Ambassadeur.");
        });
        List<StatusChange> history = reviews.statusChanges(inReview.id());
        assertThat(history).extracting(StatusChange::action)
                .containsExactly(WorkflowAction.SUBMIT, WorkflowAction.REQUEST_CHANGES);
        assertThat(history.get(1).comment()).isEqualTo("Ajouter le nom de l’Ambassadeur.");
        assertThat(history.get(1).to()).isEqualTo(Status.DRAFT);
    }

    @Test
    void theAuthorOfARevisionCannotApproveItUnlessTheOfficeWaivesTheRuleAndTheWaiverIsAudited() {
        Communique own = office.services.communiques().create(office.manager, office.content("Texte."));
        reviews.submit(office.manager, own.id());
        assertThatThrownBy(() -> reviews.approve(office.manager, own.id(), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("workflow.rule.fourEyes");

        assertThatThrownBy(() -> reviews.setFourEyesWaived(office.manager, true))
                .isInstanceOf(PressDeskException.class);
        reviews.setFourEyesWaived(office.admin, true);
        reviews.approve(office.manager, own.id(), null);

        assertThat(reviews.approvals(own.id())).singleElement().satisfies(a -> assertThat(a.fourEyesWaived()).isTrue());
        List<AuditEvent> waivers = office.services.auditLog().search(office.admin,
                new AuditQuery(null, own.id(), AuditKind.FOUR_EYES_WAIVED, null, null, 10));
        assertThat(waivers).singleElement().satisfies(e -> assertThat(e.actorName()).isEqualTo("direction"));
    }

    @Test
    void theQueueListsWhatWaitsAndCountsIt() {
        office.inStatus(Status.DRAFT);
        Communique waiting = office.inStatus(Status.IN_REVIEW);
        office.inStatus(Status.APPROVED);

        assertThat(reviews.queue()).extracting(s -> s.id()).containsExactly(waiting.id());
        assertThat(reviews.queueCount()).isEqualTo(1);
    }

    @Test
    void everyMoveIsInTheAuditTrailAndTheChainStaysIntact() {
        Communique archived = office.inStatus(Status.ARCHIVED);
        List<AuditEvent> moves = office.services.auditLog().search(office.admin,
                new AuditQuery(null, archived.id(), AuditKind.TRANSITION, null, null, 10));
        assertThat(moves).hasSize(4);
        assertThat(moves.get(0).detail()).contains("action=ARCHIVE", "from=PUBLISHED", "to=ARCHIVED");
        assertThat(office.services.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void aCommentIsAddedToTheThreadWithItsAuthor() {
        Communique draft = office.inStatus(Status.DRAFT);
        ReviewComment comment = reviews.comment(office.otherEditor, draft.id(), "Vérifier l’orthographe du nom.");
        assertThat(comment.authorName()).isEqualTo("autre");
        assertThat(reviews.comments(draft.id())).containsExactly(comment);
        assertThatThrownBy(() -> reviews.comment(office.otherEditor, draft.id(), ""))
                .isInstanceOf(PressDeskException.class);
    }
}
