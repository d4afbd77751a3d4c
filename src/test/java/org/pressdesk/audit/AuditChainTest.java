package org.pressdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestOffice;

/**
 * The audit trail's hash chain, checked after tampering done the way an intruder would: plain SQL on the database.
 * The long chain is written once (in one transaction, to be quick); each test damages its own copy of the file.
 */
class AuditChainTest {
    private static final int EVENTS = 250;

    @TempDir
    static Path templateDir;

    private static TestOffice template;
    private static List<AuditEvent> written;

    @TempDir
    Path tempDir;

    private TestOffice office;

    @BeforeAll
    static void writeManyEventsOnce() {
        template = TestOffice.open(templateDir);
        written = new ArrayList<>();
        AuditTrail trail = template.services().audit();
        template.services().database().inTransaction(() -> {
            for (int i = 0; i < EVENTS; i++) {
                template.clock().advance(Duration.ofMillis(1_001).plusNanos(123_456_789));
                written.add(trail.record(template.admin(), AuditKind.COMMUNIQUE_SAVED, null, "revision=" + i));
            }
        });
        template.close();
    }

    @BeforeEach
    void copyTheChain() {
        office = template.copyTo(tempDir);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aLongTrailVerifiesIntact() {
        AuditVerifier.Result result = verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(office.auditEvents()).isGreaterThan(EVENTS);
    }

    @Test
    void eachEntryChainsToTheOneBefore() {
        List<AuditEvent> stored = new ArrayList<>();
        new AuditRepository(office.services().database()).forEach(stored::add);

        assertThat(stored.get(0).previousHash()).isEqualTo(AuditTrail.GENESIS);
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).previousHash()).isEqualTo(stored.get(i - 1).hash());
        }
        assertThat(stored.subList(stored.size() - EVENTS, stored.size())).isEqualTo(written);
    }

    @Test
    void anAlteredDetailIsReportedAtThatEntry() {
        AuditEvent target = written.get(100);

        int changed = sql().execute("update audit_event set detail = ? where id = ?", "revision=999", target.id());

        assertThat(changed).isEqualTo(1);
        assertThat(verify().firstBreak()).contains(new AuditVerifier.Break(target.id(), "altered"));
    }

    @Test
    void anAlteredEntryWhoseHashWasRecomputedBreaksTheLinkToTheNextEntry() {
        AuditEvent target = written.get(100);
        AuditEvent forged = new AuditEvent(target.id(), target.uuid(), target.occurredAt(), target.actorId(),
                target.actorName(), target.kind(), target.communiqueId(), "revision=999", target.previousHash(), null);

        sql().execute("update audit_event set detail = ?, hash = ? where id = ?", forged.detail(),
                AuditHash.of(forged), target.id());

        assertThat(verify().firstBreak()).contains(new AuditVerifier.Break(written.get(101).id(), "previous"));
    }

    @Test
    void aDeletedEntryInTheMiddleIsReportedAtTheEntryAfterIt() {
        sql().execute("delete from audit_event where id = ?", written.get(120).id());

        AuditVerifier.Result result = verify();

        assertThat(result.firstBreak()).contains(new AuditVerifier.Break(written.get(121).id(), "previous"));
        assertThat(result.checked()).isEqualTo(office.auditEvents());
    }

    @Test
    void aDeletedLastEntryIsReportedAsTruncated() {
        sql().execute("delete from audit_event where id = ?", written.get(EVENTS - 1).id());

        assertThat(verify().firstBreak()).contains(new AuditVerifier.Break(null, "truncated"));
    }

    @Test
    void theChainContinuesIntactAcrossARestart() {
        try (AppServices reopened = reopenAfterClosing()) {
            reopened.audit().record(office.admin(), AuditKind.SIGN_IN, null, null);

            assertThat(reopened.auditVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void anEmptyTrailIsIntact() {
        try (Database empty = Database.open(DataDirectory.prepare(tempDir.resolve("empty")))) {
            AuditVerifier.Result result = new AuditVerifier(new AuditRepository(empty),
                    new org.pressdesk.store.SettingsRepository(empty)).verify();

            assertThat(result.intact()).isTrue();
            assertThat(result.checked()).isZero();
        }
    }

    /** Closes the office (closing it again after the test is harmless) and opens its directory afresh. */
    private AppServices reopenAfterClosing() {
        office.close();
        return office.reopen();
    }

    private AuditVerifier.Result verify() {
        return office.services().auditVerifier().verify();
    }

    private DSLContext sql() {
        return office.services().database().dsl();
    }
}
