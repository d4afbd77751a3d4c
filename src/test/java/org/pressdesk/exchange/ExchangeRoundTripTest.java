package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Status;

/** A field office and headquarters hand work over by file, both ways, with nothing lost or doubled. */
class ExchangeRoundTripTest extends HqAndFieldTest {
    @Test
    void aDraftSubmittedInTheFieldArrivesWithItsRevisionsCommentsAndAuthorsAndComesBackApproved() {
        Communique draft = field.create("Visite du ministre", "Premier jet.");
        field.edit(draft, "Deuxième jet, plus long.");
        field.services.reviews().comment(field.admin, draft.id(), "À relire avant vendredi.");
        field.services.reviews().submit(field.admin, draft.id());

        ImportResult received = hq.receive(field.send(hq, temp));

        assertThat(received.newCommuniques()).isEqualTo(1);
        assertThat(received.newRevisions()).isEqualTo(2);
        Communique atHq = hq.byUuid(draft.uuid());
        assertThat(atHq.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(atHq.content().body()).isEqualTo("Deuxième jet, plus long.");
        assertThat(atHq.created().username()).isEqualTo("field-admin");
        assertThat(revisionUuids(hq, atHq)).isEqualTo(revisionUuids(field, field.byUuid(draft.uuid())));
        assertThat(hq.services.reviews().comments(atHq.id())).extracting(c -> c.text())
                .contains("À relire avant vendredi.");

        hq.services.reviews().approve(hq.admin, atHq.id(), "Bon pour diffusion.");
        field.receive(hq.send(field, temp));

        Communique back = field.byUuid(draft.uuid());
        assertThat(back.status()).isEqualTo(Status.APPROVED);
        assertThat(back.reference()).isEqualTo(hq.byUuid(draft.uuid()).reference()).isNotNull();
        assertThat(back.approvedRevisionId()).isNotNull();
        assertThat(field.services.exchangeExport().pending(field.admin, "hq").items()).isZero();
        assertThat(hq.services.auditVerifier().verify().intact()).isTrue();
        assertThat(field.services.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        field.create("Communiqué", "Texte.");
        Path file = field.send(hq, temp);
        assertThat(hq.receive(file).newCommuniques()).isEqualTo(1);

        ImportResult again = hq.receive(file);

        assertThat(again.alreadyReceived()).isTrue();
        assertThat(hq.services.communiques().count("")).isEqualTo(1);
    }

    @Test
    void twoFilesImportedInReverseOrderLeaveTheSameStateAsInOrder() {
        Communique c = field.create("Communiqué", "Un.");
        Path first = field.send(hq, temp);
        field.edit(c, "Deux.");
        Path second = field.send(hq, temp);

        hq.receive(second);
        hq.receive(first);

        Communique atHq = hq.byUuid(c.uuid());
        assertThat(atHq.content().body()).isEqualTo("Deux.");
        assertThat(revisionUuids(hq, atHq)).isEqualTo(revisionUuids(field, field.byUuid(c.uuid())));
    }

    @Test
    void editsMadeOnBothSidesAreBothKeptAsAConflictThatAManagerResolves() {
        Communique c = field.create("Communiqué", "Texte commun.");
        hq.receive(field.send(hq, temp));
        field.edit(c, "Version du terrain.");
        hq.edit(hq.byUuid(c.uuid()), "Version du siège.");

        ImportResult atHq = hq.receive(field.send(hq, temp));
        field.receive(hq.send(field, temp));

        assertThat(atHq.newConflicts()).isEqualTo(1);
        assertThat(hq.services.conflicts().conflicts()).hasSize(1);
        assertThat(field.services.conflicts().conflicts()).hasSize(1);
        assertThat(hq.byUuid(c.uuid()).content().body()).isEqualTo("Version du siège.");
        assertThat(field.byUuid(c.uuid()).content().body()).isEqualTo("Version du terrain.");

        ConflictService.Open open = hq.services.conflicts().conflicts().get(0);
        hq.services.conflicts().keep(hq.admin, open.communique().id(), open.remote().uuid());
        field.receive(hq.send(field, temp));

        assertThat(hq.services.conflicts().conflicts()).isEmpty();
        assertThat(field.services.conflicts().conflicts()).isEmpty();
        assertThat(field.byUuid(c.uuid()).content().body()).isEqualTo("Version du terrain.");
        assertThat(revisionUuids(hq, hq.byUuid(c.uuid()))).isEqualTo(revisionUuids(field, field.byUuid(c.uuid())))
                .hasSize(4);
    }

    private static Set<UUID> revisionUuids(Installation at, Communique c) {
        return at.services.communiques().revisions(c.id()).stream().map(Revision::uuid).collect(Collectors.toSet());
    }
}
