package org.pressdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.publication.ExportedPdf;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.publication.VerificationReport;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.SettingsRepository;

/**
 * What a person who can write the database file would try (issue 16, point 6), done by direct SQL on a real
 * database: each attempt is reported by {@code audit verify}, or by a signed PDF's anchor.
 */
class AnchoredTrailTest {
    @TempDir
    Path directory;
    private PublicationFixture fixture;

    @BeforeEach
    void open() {
        fixture = new PublicationFixture(directory.resolve("data"));
        fixture.certify();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eachApprovalAndPublicationSignsTheHeadAndTheTrailVerifies() {
        Communique approved = fixture.approved(fixture.content("Audience", "Le Ministre a reçu.", null));
        fixture.services.reviews().publish(fixture.manager, approved.id());

        assertThat(sql().fetchCount(sql().selectFrom("audit_anchor"))).isEqualTo(2);
        AuditVerifier.Result result = verify();
        assertThat(result.firstBreak()).isEmpty();
        assertThat(result.checked()).isGreaterThan(5);
    }

    @Test
    void anApprovalDeletedAndTheRestReChainedIsReported() {
        Communique first = fixture.approved(fixture.content("Premier", "Texte un.", null));
        fixture.approved(fixture.content("Second", "Texte deux.", null));
        AuditEvent approval = events().stream().filter(e -> e.kind() == AuditKind.TRANSITION
                && first.id() == e.communiqueId() && e.detail().contains("APPROVE")).findFirst().orElseThrow();

        deleteAndReChain(approval);

        assertThat(chainOnly().intact()).as("the plain chain was recomputed: it alone sees nothing").isTrue();
        assertThat(verify().firstBreak()).hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo("anchor"));
    }

    @Test
    void aRevisionBodyChangedBySqlIsReported() {
        Communique approved = fixture.approved(fixture.content("Audience", "Le Ministre a reçu.", null));
        long revision = approved.currentRevisionId();
        sql().execute("update revision set body = ? where id = ?", "Le Ministre a refusé.", revision);

        assertThat(verify().firstBreak()).contains(new AuditVerifier.Break(revision, "revision"));
    }

    @Test
    void aRevisionAndItsHashChangedTogetherAreReportedThroughTheApproval() {
        Communique approved = fixture.approved(fixture.content("Audience", "Le Ministre a reçu.", null));
        long revision = approved.currentRevisionId();
        var changed = fixture.content("Audience", "Le Ministre a refusé.", null);
        sql().execute("update revision set body = ?, content_sha256 = ? where id = ?", changed.body(),
                org.pressdesk.domain.ContentHash.of(changed, fixture.office.code()), revision);

        assertThat(verify().firstBreak()).contains(new AuditVerifier.Break(revision, "revision"));
    }

    @Test
    void revisionsSavedBeforeTheirOfficeChangedItsCodeStillVerify() {
        fixture.approved(fixture.content("Audience", "Le Ministre a reçu.", null));
        var office = fixture.office;
        fixture.services.offices().update(fixture.admin, new org.pressdesk.domain.Office(office.id(), office.uuid(),
                "BIP", office.name(), office.letterhead(), office.timeZone(), office.version()));

        assertThat(verify().firstBreak()).isEmpty();
    }

    @Test
    void aRoleChangedBySqlIsReportedAndOneChangedByTheServiceIsNot() {
        fixture.services.accounts().changeRole(fixture.admin, fixture.manager, org.pressdesk.domain.Role.EDITOR);
        assertThat(verify().firstBreak()).isEmpty();

        sql().execute("update user_account set role = 'ADMINISTRATOR' where id = ?", fixture.editor.id());

        assertThat(verify().firstBreak()).contains(new AuditVerifier.Break(fixture.editor.id(), "role"));
    }

    @Test
    void aSignedPdfCarriesTheHeadAndShowsWhenTheTrailWasRewrittenSince() {
        Communique published = fixture.published(fixture.content("Audience", "Le Ministre a reçu.", null));
        ExportedPdf pdf = fixture.services.pdfExport().export(fixture.admin, published.id(),
                directory.resolve("out"));
        assertThat(fixture.services.pdfVerifier().verify(pdf.file()).anchor())
                .isEqualTo(VerificationReport.AnchorMatch.HELD);

        AuditEvent early = events().stream().filter(e -> e.kind() == AuditKind.COMMUNIQUE_CREATED)
                .findFirst().orElseThrow();
        deleteAndReChain(early);
        sql().execute("delete from audit_anchor");

        assertThat(verify().intact()).as("anchors deleted with the rewrite: the database alone cannot tell").isTrue();
        assertThat(fixture.services.pdfVerifier().verify(pdf.file()).anchor())
                .isEqualTo(VerificationReport.AnchorMatch.REWRITTEN);
    }

    @Test
    void aForgedAnchorIsReported() {
        fixture.approved(fixture.content("Audience", "Le Ministre a reçu.", null));
        sql().execute("update audit_anchor set anchored_at = anchored_at + interval '1' second");

        assertThat(verify().firstBreak()).hasValueSatisfying(
                b -> assertThat(b.reason()).isEqualTo("anchorSignature"));
    }

    /** Removes an entry and recomputes every later hash and the head, as a careful forger would. */
    private void deleteAndReChain(AuditEvent removed) {
        fixture.clock.advance(Duration.ofSeconds(1));
        List<AuditEvent> all = events();
        String previous = removed.previousHash();
        sql().execute("delete from audit_event where id = ?", removed.id());
        for (AuditEvent e : all) {
            if (e.id() <= removed.id()) {
                continue;
            }
            AuditEvent relinked = new AuditEvent(e.id(), e.uuid(), e.occurredAt(), e.actorId(), e.actorName(),
                    e.kind(), e.communiqueId(), e.detail(), previous, null);
            String hash = AuditHash.of(relinked);
            sql().execute("update audit_event set previous_hash = ?, hash = ? where id = ?", previous, hash, e.id());
            previous = hash;
        }
        sql().execute("update app_setting set setting_value = ? where setting_key = ?", previous, AuditTrail.HEAD);
    }

    private List<AuditEvent> events() {
        List<AuditEvent> all = new ArrayList<>();
        new AuditRepository(fixture.services.database()).forEach(all::add);
        return all;
    }

    private AuditVerifier.Result chainOnly() {
        return new AuditVerifier(new AuditRepository(fixture.services.database()),
                new SettingsRepository(fixture.services.database())).verify();
    }

    private AuditVerifier.Result verify() {
        return fixture.services.auditVerifier().verify();
    }

    private DSLContext sql() {
        return fixture.services.database().dsl();
    }
}
