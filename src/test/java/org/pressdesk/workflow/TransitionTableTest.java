package org.pressdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.WorkflowAction;

/** Every (status, role, action), run against the real services on a real database. */
class TransitionTableTest {
    @TempDir
    static Path directory;
    private static WorkflowFixture office;

    @BeforeAll
    static void open() {
        office = new WorkflowFixture(directory.resolve("data"));
    }

    @AfterAll
    static void close() {
        office.close();
    }

    @ParameterizedTest(name = "{0} · {1} · {2} → {3}")
    @CsvFileSource(resources = "/org/pressdesk/workflow/transitions.csv", numLinesToSkip = 1)
    void someoneWhoDidNotWriteItMayOnlyDoWhatTheirRoleAllows(Status status, Role role, WorkflowAction action,
            String outcome) {
        check(office.inStatus(status), office.actor(role), action, outcome);
    }

    @ParameterizedTest(name = "author · {0} · {1} → {2}")
    @CsvSource({
        "DRAFT, EDIT, DRAFT",
        "DRAFT, SUBMIT, IN_REVIEW",
        "IN_REVIEW, WITHDRAW, DRAFT",
        "IN_REVIEW, EDIT, REFUSED",
        "IN_REVIEW, APPROVE, REFUSED",
        "IN_REVIEW, REQUEST_CHANGES, REFUSED",
        "APPROVED, EDIT, REFUSED",
        "APPROVED, PUBLISH, REFUSED",
        "APPROVED, REOPEN, DRAFT",
        "PUBLISHED, REOPEN, DRAFT",
        "PUBLISHED, ARCHIVE, REFUSED",
        "ARCHIVED, REOPEN, DRAFT",
    })
    void theAuthorEditsSubmitsWithdrawsAndReopensButNeverApproves(Status status, WorkflowAction action,
            String outcome) {
        check(office.inStatus(status), office.author, action, outcome);
    }

    private static void check(Communique before, UserAccount actor, WorkflowAction action, String outcome) {
        if ("REFUSED".equals(outcome)) {
            assertThatThrownBy(() -> act(before, actor, action)).isInstanceOf(PressDeskException.class);
            Communique after = office.services.communiques().get(before.id());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(after.revision()).isEqualTo(before.revision());
        } else {
            act(before, actor, action);
            assertThat(office.services.communiques().get(before.id()).status()).isEqualTo(Status.valueOf(outcome));
        }
    }

    private static void act(Communique c, UserAccount actor, WorkflowAction action) {
        ReviewService reviews = office.services.reviews();
        switch (action) {
            case EDIT -> office.services.communiques().save(actor, c.id(), c.version(),
                    office.content("Nouveau texte."));
            case SUBMIT -> reviews.submit(actor, c.id());
            case WITHDRAW -> reviews.withdraw(actor, c.id(), null);
            case REQUEST_CHANGES -> reviews.requestChanges(actor, c.id(), "Préciser la date de l’audience.");
            case APPROVE -> reviews.approve(actor, c.id(), null);
            case PUBLISH -> reviews.publish(actor, c.id());
            case ARCHIVE -> reviews.archive(actor, c.id());
            case REOPEN -> reviews.reopen(actor, c.id());
            case COMMENT -> reviews.comment(actor, c.id(), "Vu.");
        }
    }
}
