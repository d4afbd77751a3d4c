package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.AuditAnchor;
import org.pressdesk.domain.Communique;
import org.pressdesk.store.AnchorRepository;

/** Every exchange file carries the sender's newest audit anchor, and the receiver keeps it (decision 0037). */
class AnchorExchangeTest extends HqAndFieldTest {
    @Test
    void theFieldsSignedHeadTravelsToHeadquartersAndIsKeptOnce() {
        field.services.certificates().generate(field.admin, field.office, "signature-du-terrain".toCharArray());
        Communique draft = field.create("Visite du ministre", "Texte.");
        field.services.reviews().submit(field.admin, draft.id());
        field.services.reviews().approve(field.admin, draft.id(), null);
        AuditAnchor sent = new AnchorRepository(field.services.database()).latestLocal().orElseThrow();

        java.nio.file.Path file = field.send(hq, temp);
        hq.receive(file);

        String origin = "installation:" + field.services.installation().requireIdentity().uuid();
        List<AuditAnchor> kept = new AnchorRepository(hq.services.database()).receivedFrom(origin);
        assertThat(kept).singleElement().satisfies(anchor -> {
            assertThat(anchor.uuid()).isEqualTo(sent.uuid());
            assertThat(anchor.headHash()).isEqualTo(sent.headHash());
            assertThat(anchor.signature()).isEqualTo(sent.signature());
        });
        assertThat(hq.services.auditVerifier().verify().intact()).isTrue();
        assertThat(field.services.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void aFileFromAnOfficeThatSignedNothingCarriesNoAnchor() {
        field.create("Communiqué", "Texte.");
        hq.receive(field.send(hq, temp));

        assertThat(hq.services.database().dsl().fetchCount(hq.services.database().dsl().selectFrom("audit_anchor")))
                .isZero();
    }
}
