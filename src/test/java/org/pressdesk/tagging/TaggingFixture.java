package org.pressdesk.tagging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.pressdesk.testing.TestDatabases;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.AutosaveService;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.AutosaveRepository;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;
import org.pressdesk.store.UserRepository;

/**
 * The tagging services over an in-memory H2 database brought up by the real migrations; one for all the test
 * classes (the migrations take a moment), emptied of tags between tests. It lives as long as the test JVM.
 */
public final class TaggingFixture {
    private static TaggingFixture shared;

    private TaggingFixture() {
    }

    public final Database database = TestDatabases.memory("tagging-" + UUID.randomUUID());
    public final Clock clock = Clock.fixed(Instant.parse("2026-02-03T09:00:00Z"), ZoneOffset.UTC);
    public final SettingsRepository settings = new SettingsRepository(database);
    public final AuditRepository auditRows = new AuditRepository(database);
    public final AuditTrail audit = new AuditTrail(database, auditRows, settings, clock);
    public final TagLinkRepository linkRows = new TagLinkRepository(database);
    public final TagRepository tagRows = new TagRepository(database, linkRows);
    public final OfficeRepository offices = new OfficeRepository(database);
    public final CommuniqueRepository communiqueRows = new CommuniqueRepository(database);
    public final OfficeVocabulary vocabulary = new OfficeVocabulary(tagRows, settings, offices, clock);
    public final TagService tags = new TagService(database, tagRows, linkRows, vocabulary, audit, clock);
    public final TaggingService tagging = new TaggingService(database, communiqueRows, tagRows, linkRows, tags,
            vocabulary, clock);
    public final CommuniqueService communiques = new CommuniqueService(database, communiqueRows,
            new RevisionRepository(database), offices, tagRows, audit, clock,
            new AutosaveService(new AutosaveRepository(database), clock), tagging);
    public final UserAccount editor = new UserRepository(database).insert("awa", "Awa Sangaré", Role.EDITOR, "-",
            clock.instant());
    public final Office office = offices.insert(UUID.randomUUID(), "BIP/MAECI", "Bureau de la Presse",
            new Office.Letterhead("RÉPUBLIQUE DU MALI", "", "", "Bamako", "", "", ""), ZoneId.of("Africa/Bamako"),
            clock.instant());

    public Communique communique(String title, String body) {
        return communiques.create(editor, new CommuniqueContent(title, body, Genre.PRESS_RELEASE, office.id(),
                "Bamako", LocalDate.of(2026, 2, 3), "fr"));
    }

    /** Forgets every tag, link and dismissal, and the own-country setting, so that the next test starts clean. */
    public void clearTags() {
        database.inTransaction(() -> {
            database.dsl().deleteFrom(org.pressdesk.store.jooq.Tables.COMMUNIQUE_TAG).execute();
            database.dsl().deleteFrom(org.pressdesk.store.jooq.Tables.TAG_DISMISSAL).execute();
            database.dsl().deleteFrom(org.pressdesk.store.jooq.Tables.TAG_ALIAS).execute();
            database.dsl().deleteFrom(org.pressdesk.store.jooq.Tables.TAG).execute();
            database.dsl().deleteFrom(org.pressdesk.store.jooq.Tables.APP_SETTING)
                    .where(org.pressdesk.store.jooq.Tables.APP_SETTING.SETTING_KEY.eq(OfficeVocabulary.OWN_COUNTRY))
                    .execute();
        });
        vocabulary.changed();
    }

    public static synchronized TaggingFixture shared() {
        if (shared == null) {
            shared = new TaggingFixture();
        }
        return shared;
    }
}
