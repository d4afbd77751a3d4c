package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Communique;

/**
 * Two installations numbered the same office's references: both communiqués keep their number, the received one
 * shows it marked with the peer it came from, and the number travels on as it was given.
 */
class ReferenceCollisionTest extends HqAndFieldTest {
    @Test
    void bothCommuniquesKeepTheSameNumberAndTheReceivedOneIsMarkedWithItsOrigin() {
        Communique atHqFirst = sendAndApproveAtHq();
        Communique local = approve(field, field.create("Approuvé au terrain", "Texte du terrain."));
        String number = local.reference();
        assertThat(hq.byUuid(atHqFirst.uuid()).reference()).as("both numbered the office's first reference")
                .isEqualTo(number);

        ImportResult atField = field.receive(hq.send(field, temp));
        ImportResult atHq = hq.receive(field.send(hq, temp));

        assertThat(atField.referencesMarked()).isEqualTo(1);
        assertThat(atHq.referencesMarked()).isEqualTo(1);
        assertThat(field.byUuid(local.uuid()).reference()).isEqualTo(number);
        assertThat(field.byUuid(atHqFirst.uuid()).reference()).isEqualTo(number + " (hq)");
        assertThat(hq.byUuid(atHqFirst.uuid()).reference()).isEqualTo(number);
        assertThat(hq.byUuid(local.uuid()).reference()).isEqualTo(number + " (field)");
        assertThat(hq.services.auditVerifier().verify().intact()).isTrue();
        assertThat(field.services.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void aMarkedReferenceTravelsOnAsItWasGiven() {
        Communique atHqFirst = sendAndApproveAtHq();
        Communique local = approve(field, field.create("Approuvé au terrain", "Texte du terrain."));
        field.receive(hq.send(field, temp));
        try (Installation third = Installation.open(temp, "third", false, pair.clock)) {
            Installation.pair(field, third);

            third.receive(field.send(third, temp));

            assertThat(field.byUuid(atHqFirst.uuid()).reference()).isEqualTo(local.reference() + " (hq)");
            assertThat(third.byUuid(atHqFirst.uuid()).reference()).as("sent as given, not as marked at the field")
                    .isEqualTo(local.reference());
            assertThat(third.byUuid(local.uuid()).reference()).as("the second one of the file is marked here")
                    .isEqualTo(local.reference() + " (field)");
        }
    }

    @Test
    void aLocalApprovalSkipsANumberAReceivedCommuniqueAlreadyHolds() {
        Communique fromField = sendAndApproveAtHq();
        String received = hq.byUuid(fromField.uuid()).reference();
        field.receive(hq.send(field, temp));
        assertThat(field.byUuid(fromField.uuid()).reference()).isEqualTo(received);

        Communique local = approve(field, field.create("Approuvé ensuite", "Texte."));

        assertThat(local.reference()).isNotNull().isNotEqualTo(received);
    }

    /** A field communiqué sent to headquarters and approved there, which numbers it with the field office's code. */
    private Communique sendAndApproveAtHq() {
        Communique c = field.create("Envoyé au siège", "Texte à approuver.");
        hq.receive(field.send(hq, temp));
        approve(hq, hq.byUuid(c.uuid()));
        return c;
    }

    private static Communique approve(Installation at, Communique c) {
        at.services.reviews().submit(at.admin, c.id());
        return at.services.reviews().approve(at.admin, c.id(), "Bon pour diffusion.");
    }
}
