package org.pressdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.ValidationException;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.TestOffice;

class CommuniqueServiceTest {
    @TempDir
    Path tempDir;

    private TestOffice office;
    private CommuniqueService communiques;
    private CommuniqueContent first;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        communiques = office.services().communiques();
        first = office.content("Audience accordée à l’Ambassadeur du Japon", "Le Ministre a reçu ce mardi…");
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void creatingWritesRevisionOneWithItsSha256() {
        Communique created = communiques.create(office.admin(), first);

        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(Status.DRAFT);
        assertThat(created.content()).isEqualTo(first);
        assertThat(created.created().at()).isEqualTo(office.clock().instant());
        List<Revision> revisions = communiques.revisions(created.id());
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(created.currentRevisionId());
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.content()).isEqualTo(first);
            assertThat(r.contentSha256()).matches("[0-9a-f]{64}")
                    .isEqualTo(ContentHash.of(first, TestOffice.OFFICE_CODE));
        });
        assertThat(lastEvent()).extracting(AuditEvent::kind, AuditEvent::communiqueId, AuditEvent::detail)
                .containsExactly(AuditKind.COMMUNIQUE_CREATED, created.id(), "revision=1");
    }

    @Test
    void savingWritesTheNextRevisionAndLeavesTheFirstAsItWas() {
        Communique created = communiques.create(office.admin(), first);
        Revision one = communiques.revisions(created.id()).get(0);
        CommuniqueContent edited = office.content(first.title(), first.body() + "\n\nUn second paragraphe.");
        office.clock().advance(Duration.ofMinutes(5));

        Communique saved = communiques.save(office.admin(), created.id(), created.version(), edited);

        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.content()).isEqualTo(edited);
        assertThat(saved.version()).isGreaterThan(created.version());
        assertThat(saved.updated().at()).isEqualTo(office.clock().instant());
        assertThat(communiques.revisions(created.id())).extracting(Revision::number).containsExactly(1, 2);
        assertThat(communiques.revision(one.id())).contains(one);
        assertThat(communiques.revision(saved.currentRevisionId()).orElseThrow().contentSha256())
                .isEqualTo(ContentHash.of(edited, TestOffice.OFFICE_CODE)).isNotEqualTo(one.contentSha256());
        assertThat(lastEvent()).extracting(AuditEvent::kind, AuditEvent::detail)
                .containsExactly(AuditKind.COMMUNIQUE_SAVED, "revision=2");
    }

    @Test
    void savingTheSameContentWritesNothing() {
        Communique created = communiques.create(office.admin(), first);
        int revisions = office.rows(Tables.REVISION);
        int events = office.auditEvents();
        office.clock().advance(Duration.ofMinutes(5));
        CommuniqueContent sameWithBlanks = office.content("  " + first.title() + "  ", first.body());

        Communique again = communiques.save(office.admin(), created.id(), created.version(), sameWithBlanks);

        assertThat(again).isEqualTo(created);
        assertThat(communiques.get(created.id())).isEqualTo(created);
        assertThat(office.rows(Tables.REVISION)).isEqualTo(revisions);
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankTitleIsRefusedAndNothingIsWritten(String title) {
        Communique created = communiques.create(office.admin(), first);
        int communiqueRows = office.rows(Tables.COMMUNIQUE);
        int revisions = office.rows(Tables.REVISION);
        int events = office.auditEvents();
        CommuniqueContent untitled = office.content(title, "Un texte sans titre.");

        assertThatThrownBy(() -> communiques.create(office.admin(), untitled))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.title.missing"));
        assertThatThrownBy(() -> communiques.save(office.admin(), created.id(), created.version(), untitled))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.title.missing");
                    assertThat(e.problems()).extracting(CommuniqueContent.Problem::field).containsExactly("title");
                });

        assertThat(office.rows(Tables.COMMUNIQUE)).isEqualTo(communiqueRows);
        assertThat(office.rows(Tables.REVISION)).isEqualTo(revisions);
        assertThat(office.auditEvents()).isEqualTo(events);
        assertThat(communiques.get(created.id())).isEqualTo(created);
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionGetsTheStoredStateAndOverwritesNothing() {
        Communique opened = communiques.create(office.admin(), first);
        UserAccount colleague = office.addAccount("direction", Role.MANAGER);
        CommuniqueContent theirs = office.content(first.title(), "Version de la direction.");
        CommuniqueContent mine = office.content(first.title(), "Version de l’administrateur.");
        office.clock().advance(Duration.ofMinutes(2));
        Communique theirSave = communiques.save(colleague, opened.id(), opened.version(), theirs);
        int revisions = office.rows(Tables.REVISION);
        int events = office.auditEvents();

        assertThatThrownBy(() -> communiques.save(office.admin(), opened.id(), opened.version(), mine))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("conflict.savedMeanwhile");
                    assertThat(e.arguments()).containsExactly("direction", office.clock().instant());
                    assertThat(e.current()).isEqualTo(theirSave);
                    assertThat(e.current().content().body()).isEqualTo("Version de la direction.");
                });

        assertThat(communiques.get(opened.id())).isEqualTo(theirSave);
        assertThat(office.rows(Tables.REVISION)).isEqualTo(revisions);
        assertThat(office.auditEvents()).isEqualTo(events);
    }

    @Test
    void anApprovedTextIsFrozen() {
        Communique created = communiques.create(office.admin(), first);
        new CommuniqueRepository(office.services().database()).updateStatus(created.id(), created.version(),
                Status.APPROVED, created.currentRevisionId(), office.admin().id(), office.clock().instant());
        Communique approved = communiques.get(created.id());

        assertThatThrownBy(() -> communiques.save(office.admin(), approved.id(), approved.version(),
                office.content(first.title(), "Changé après approbation.")))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.rule.status"));
        assertThat(communiques.revisions(created.id())).hasSize(1);
    }

    @Test
    void aCommuniqueIsFoundByItsNumberOrItsUuid() {
        communiques.create(office.admin(), office.content("Autre communiqué", "…"));
        Communique created = communiques.create(office.admin(), first);

        assertThat(communiques.resolve(Long.toString(created.id()))).isEqualTo(created);
        assertThat(communiques.resolve(" " + created.id() + " ")).isEqualTo(created);
        assertThat(communiques.resolve(created.uuid().toString())).isEqualTo(created);
        assertThat(communiques.resolve(created.uuid().toString().toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(created);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "0", "-1", "abc", "", "123e4567-e89b-12d3-a456-426614174000",
        "123e4567-e89b-12d3-a456-42661417400Z"})
    void anUnknownReferenceIsNotFound(String reference) {
        communiques.create(office.admin(), first);

        assertThatThrownBy(() -> communiques.resolve(reference))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("communique.notFound"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> communiques.get(42))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("communique.notFound");
                    assertThat(e.arguments()).containsExactly(42L);
                });
        assertThat(communiques.find(42)).isEmpty();
    }

    private AuditEvent lastEvent() {
        return new AuditRepository(office.services().database()).latest(1).get(0);
    }
}
