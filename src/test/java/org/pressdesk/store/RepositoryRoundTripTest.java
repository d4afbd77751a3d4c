package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestDatabases;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.jooq.Tables;

/** Each repository writes a domain record to the real H2 file and reads the same record back. */
class RepositoryRoundTripTest {
    private static final Instant T0 = Instant.parse("2026-02-03T09:15:30.123456Z");

    @TempDir
    Path tempDir;

    private Database database;
    private OfficeRepository offices;
    private UserRepository users;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.open(tempDir);
        offices = new OfficeRepository(database);
        users = new UserRepository(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anOfficeKeepsItsLetterheadAndIsFoundByItsCodeWrittenAnyWay() {
        Office.Letterhead paper = new Office.Letterhead("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi",
                "Ministère des Affaires étrangères", "Bamako", "Koulouba", "presse@example.ml", "Pied de page");
        UUID uuid = UUID.randomUUID();

        Office stored = offices.insert(uuid, "CCRP PRÉSIDENCE", "Cellule de communication", paper,
                ZoneId.of("Africa/Bamako"), T0);

        assertThat(stored.uuid()).isEqualTo(uuid);
        assertThat(stored.code()).isEqualTo("CCRP PRÉSIDENCE");
        assertThat(stored.letterhead()).isEqualTo(paper);
        assertThat(stored.timeZone()).isEqualTo(ZoneId.of("Africa/Bamako"));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(offices.findByCode("ccrp  présidence")).contains(stored);
        assertThat(offices.findByCode("CCRP PRESIDENCE")).contains(stored);
        assertThat(offices.findById(stored.id())).contains(stored);
        assertThat(offices.list()).containsExactly(stored);
    }

    @Test
    void anOfficeUpdateNeedsTheVersionItWasReadAt() {
        Office stored = offices.insert(UUID.randomUUID(), "PRIMATURE", "Service", Office.Letterhead.empty(),
                ZoneId.of("UTC"), T0);
        Office renamed = new Office(stored.id(), stored.uuid(), stored.code(), "Service de communication",
                stored.letterhead(), stored.timeZone(), stored.version());

        assertThat(offices.update(renamed, T0)).isTrue();
        assertThat(offices.update(renamed, T0)).as("second write from the same version").isFalse();
        Office now = offices.findById(stored.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("Service de communication");
        assertThat(now.version()).isEqualTo(2);
    }

    @Test
    void anAccountIsFoundWhateverTheCaseAndKeepsItsHashAndFailures() {
        UserAccount created = users.insert("  Awa.Traore ", "Awa Traoré", Role.MANAGER, "hash-text", T0);

        assertThat(created.username()).isEqualTo("Awa.Traore");
        assertThat(created.role()).isEqualTo(Role.MANAGER);
        assertThat(created.active()).isTrue();
        StoredAccount forSignIn = users.findForSignIn("AWA.TRAORE").orElseThrow();
        assertThat(forSignIn.account()).isEqualTo(created);
        assertThat(forSignIn.passwordHash()).isEqualTo("hash-text");
        assertThat(forSignIn.failedAttempts()).isZero();
        assertThat(forSignIn.lastFailedAt()).isNull();

        users.recordFailure(created.id(), T0);
        users.recordFailure(created.id(), T0.plusSeconds(5));
        StoredAccount failed = users.findForSignIn("awa.traore").orElseThrow();
        assertThat(failed.failedAttempts()).isEqualTo(2);
        assertThat(failed.lastFailedAt()).isEqualTo(T0.plusSeconds(5));

        users.clearFailures(created.id());
        users.updateActive(created.id(), false, T0);
        StoredAccount cleared = users.findForSignIn("awa.traore").orElseThrow();
        assertThat(cleared.failedAttempts()).isZero();
        assertThat(cleared.lastFailedAt()).isNull();
        assertThat(cleared.account().active()).isFalse();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void aCommuniqueAndItsRevisionsComeBackAsWritten() {
        Office office = offices.insert(UUID.randomUUID(), "BIP/MAECI", "Bureau", Office.Letterhead.empty(),
                ZoneId.of("UTC"), T0);
        UserAccount author = users.insert("redaction", "Moussa Coulibaly", Role.EDITOR, "h", T0);
        UserAccount editor = users.insert("direction", "Fatoumata Diallo", Role.MANAGER, "h", T0);
        CommuniqueRepository communiques = new CommuniqueRepository(database);
        RevisionRepository revisions = new RevisionRepository(database);
        CommuniqueContent first = new CommuniqueContent("Cérémonie de remise", "Premier paragraphe.\n\nSecond.",
                Genre.AUDIENCE_REPORT, office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr");
        CommuniqueContent second = new CommuniqueContent("Cérémonie de remise des prix", "Texte revu.",
                Genre.STATEMENT, office.id(), "Kayes", null, "en");
        UUID uuid = UUID.randomUUID();

        long id = communiques.insert(uuid, first, office.code(), Status.DRAFT, author.id(), T0);
        long r1 = revisions.insert(UUID.randomUUID(), id, 1, first, ContentHash.of(first, office.code()),
                author.id(), T0);
        assertThat(communiques.updateContent(id, 1, first, office.code(), 1, r1, author.id(), T0)).isTrue();
        Instant later = T0.plus(Duration.ofMinutes(7));
        long r2 = revisions.insert(UUID.randomUUID(), id, 2, second, ContentHash.of(second, office.code()),
                editor.id(), later);
        assertThat(communiques.updateContent(id, 2, second, office.code(), 2, r2, editor.id(), later)).isTrue();

        Communique stored = communiques.findByUuid(uuid).orElseThrow();
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.content()).isEqualTo(second);
        assertThat(stored.officeCode()).isEqualTo("BIP/MAECI");
        assertThat(stored.status()).isEqualTo(Status.DRAFT);
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(stored.currentRevisionId()).isEqualTo(r2);
        assertThat(stored.approvedRevisionId()).isNull();
        assertThat(stored.created()).isEqualTo(new Communique.Change(author.id(), "redaction", T0,
                "Moussa Coulibaly"));
        assertThat(stored.updated()).isEqualTo(new Communique.Change(editor.id(), "direction", later,
                "Fatoumata Diallo"));
        assertThat(stored.version()).isEqualTo(3);
        assertThat(communiques.findById(id)).contains(stored);

        assertThat(revisions.forCommunique(id)).extracting(Revision::number, Revision::content, Revision::authorName,
                        Revision::createdAt)
                .containsExactly(
                        tuple(1, first, "redaction", T0),
                        tuple(2, second, "direction", later));
        assertThat(revisions.findById(r1).orElseThrow().contentSha256())
                .isEqualTo(ContentHash.of(first, "BIP/MAECI")).hasSize(64);
    }

    @Test
    void anAutosaveIsReplacedInPlaceThenDeleted() {
        UserAccount user = users.insert("redaction", "Moussa", Role.EDITOR, "h", T0);
        AutosaveRepository autosaves = new AutosaveRepository(database);
        UUID draft = UUID.randomUUID();
        CommuniqueContent noOffice = new CommuniqueContent("Brouillon", "premier jet", null, 0, null, null, null);
        CommuniqueContent typedMore = new CommuniqueContent("Brouillon", "premier jet, suite", Genre.STATEMENT, 0,
                "Ségou", LocalDate.of(2026, 3, 1), "en");

        autosaves.put(user.id(), new AutosavedDraft(draft, null, null, noOffice, T0));
        assertThat(autosaves.find(draft)).contains(new AutosavedDraft(draft, null, null, noOffice, T0));

        autosaves.put(user.id(), new AutosavedDraft(draft, null, null, typedMore, T0.plusSeconds(3)));
        assertThat(database.dsl().fetchCount(Tables.AUTOSAVE)).isEqualTo(1);
        assertThat(autosaves.forUser(user.id()))
                .containsExactly(new AutosavedDraft(draft, null, null, typedMore, T0.plusSeconds(3)));

        autosaves.delete(draft);
        assertThat(autosaves.find(draft)).isEmpty();
        assertThat(autosaves.forUser(user.id())).isEmpty();
    }

    @Test
    void aSettingIsInsertedThenReplaced() {
        SettingsRepository settings = new SettingsRepository(database);

        assertThat(settings.get("office.default")).isEmpty();
        settings.put("office.default", "BIP/MAECI");
        settings.put("office.default", "PRIMATURE");

        assertThat(settings.get("office.default")).contains("PRIMATURE");
        assertThat(database.inTransaction(() -> settings.getForUpdate("office.default"))).contains("PRIMATURE");
        assertThat(database.dsl().fetchCount(Tables.APP_SETTING, Tables.APP_SETTING.SETTING_KEY.eq("office.default")))
                .isEqualTo(1);
    }
}
