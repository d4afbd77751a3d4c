package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.AUTOSAVE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;

/** Unsaved editor text, one row per open draft, replaced at every autosave. */
public final class AutosaveRepository {
    private final Database database;

    public AutosaveRepository(Database database) {
        this.database = database;
    }

    public void put(long userId, AutosavedDraft draft) {
        CommuniqueContent content = draft.content();
        Long officeId = content.officeId() > 0 ? content.officeId() : null;
        database.inTransaction(() -> {
            int updated = database.dsl().update(AUTOSAVE)
                    .set(AUTOSAVE.COMMUNIQUE_ID, draft.communiqueId())
                    .set(AUTOSAVE.BASE_VERSION, draft.baseVersion())
                    .set(AUTOSAVE.OFFICE_ID, officeId)
                    .set(AUTOSAVE.GENRE, content.genre().name())
                    .set(AUTOSAVE.LANGUAGE, content.language())
                    .set(AUTOSAVE.EMBARGO_AT, Times.utc(content.embargoAt()))
                    .set(AUTOSAVE.BODY_FORMAT, content.bodyFormat().name())
                    .set(AUTOSAVE.TITLE, content.title())
                    .set(AUTOSAVE.PLACE, content.place())
                    .set(AUTOSAVE.EVENT_DATE, content.eventDate())
                    .set(AUTOSAVE.BODY, content.body())
                    .set(AUTOSAVE.SAVED_AT, Times.utc(draft.savedAt()))
                    .where(AUTOSAVE.DRAFT_UUID.eq(draft.draftUuid()))
                    .execute();
            if (updated == 0) {
                database.dsl().insertInto(AUTOSAVE)
                        .set(AUTOSAVE.DRAFT_UUID, draft.draftUuid())
                        .set(AUTOSAVE.USER_ID, userId)
                        .set(AUTOSAVE.COMMUNIQUE_ID, draft.communiqueId())
                        .set(AUTOSAVE.BASE_VERSION, draft.baseVersion())
                        .set(AUTOSAVE.OFFICE_ID, officeId)
                        .set(AUTOSAVE.GENRE, content.genre().name())
                        .set(AUTOSAVE.LANGUAGE, content.language())
                        .set(AUTOSAVE.EMBARGO_AT, Times.utc(content.embargoAt()))
                        .set(AUTOSAVE.BODY_FORMAT, content.bodyFormat().name())
                        .set(AUTOSAVE.TITLE, content.title())
                        .set(AUTOSAVE.PLACE, content.place())
                        .set(AUTOSAVE.EVENT_DATE, content.eventDate())
                        .set(AUTOSAVE.BODY, content.body())
                        .set(AUTOSAVE.SAVED_AT, Times.utc(draft.savedAt()))
                        .execute();
            }
        });
    }

    public void delete(UUID draftUuid) {
        database.inTransaction(() -> {
            database.dsl().deleteFrom(AUTOSAVE).where(AUTOSAVE.DRAFT_UUID.eq(draftUuid)).execute();
        });
    }

    public Optional<AutosavedDraft> find(UUID draftUuid) {
        return database.dsl().selectFrom(AUTOSAVE).where(AUTOSAVE.DRAFT_UUID.eq(draftUuid))
                .fetchOptional().map(AutosaveRepository::map);
    }

    /** The user's drafts still waiting to be saved, oldest first. */
    public List<AutosavedDraft> forUser(long userId) {
        return database.dsl().selectFrom(AUTOSAVE).where(AUTOSAVE.USER_ID.eq(userId))
                .orderBy(AUTOSAVE.SAVED_AT, AUTOSAVE.ID).fetch(AutosaveRepository::map);
    }

    private static AutosavedDraft map(Record r) {
        Long officeId = r.get(AUTOSAVE.OFFICE_ID);
        String genre = r.get(AUTOSAVE.GENRE);
        CommuniqueContent content = new CommuniqueContent(r.get(AUTOSAVE.TITLE), r.get(AUTOSAVE.BODY),
                genre == null ? null : Genre.valueOf(genre), officeId == null ? 0 : officeId, r.get(AUTOSAVE.PLACE),
                r.get(AUTOSAVE.EVENT_DATE), r.get(AUTOSAVE.LANGUAGE), Times.instant(r.get(AUTOSAVE.EMBARGO_AT)),
                BodyFormat.valueOf(r.get(AUTOSAVE.BODY_FORMAT)));
        return new AutosavedDraft(r.get(AUTOSAVE.DRAFT_UUID), r.get(AUTOSAVE.COMMUNIQUE_ID),
                r.get(AUTOSAVE.BASE_VERSION), content, Times.instant(r.get(AUTOSAVE.SAVED_AT)));
    }
}
