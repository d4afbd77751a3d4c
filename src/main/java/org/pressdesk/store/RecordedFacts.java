package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APPROVAL;
import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.REVISION;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Role;

/**
 * What {@code audit verify} compares with the chain besides the chain itself: every revision against its stored
 * content hash (and every approval against the revision it names), and every account's role.
 */
public final class RecordedFacts {
    private final Database database;

    public RecordedFacts(Database database) {
        this.database = database;
    }

    /** An account as it stands; {@code remote} when another installation sent it (it never signs in here). */
    public record AccountRole(long id, String username, Role role, boolean active, boolean remote) {
    }

    /**
     * The first revision (by id) whose fields no longer hash to its stored content hash, or whose approval recorded
     * another hash. Streams the revisions, so that a large archive needs little memory.
     */
    public Optional<Long> firstAlteredRevision() {
        try (var cursor = database.dsl().select(REVISION.fields()).select(OFFICE.CODE).from(REVISION)
                .join(OFFICE).on(OFFICE.ID.eq(REVISION.OFFICE_ID)).orderBy(REVISION.ID).fetchSize(200).fetchLazy()) {
            for (Record r : cursor) {
                if (!ContentHash.of(content(r), r.get(OFFICE.CODE)).equals(r.get(REVISION.CONTENT_SHA256))) {
                    return Optional.of(r.get(REVISION.ID));
                }
            }
        }
        return database.dsl().select(REVISION.ID).from(APPROVAL).join(REVISION).on(REVISION.ID.eq(APPROVAL.REVISION_ID))
                .where(APPROVAL.CONTENT_SHA256.ne(REVISION.CONTENT_SHA256)).orderBy(REVISION.ID).limit(1)
                .fetchOptional(REVISION.ID);
    }

    public List<AccountRole> accounts() {
        return database.dsl().select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.ROLE, USER_ACCOUNT.ACTIVE,
                USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).orderBy(USER_ACCOUNT.ID)
                .fetch(r -> new AccountRole(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4(),
                        ExchangeDataRepository.REMOTE_PASSWORD_HASH.equals(r.value5())));
    }

    private static CommuniqueContent content(Record r) {
        return new CommuniqueContent(r.get(REVISION.TITLE), r.get(REVISION.BODY),
                Genre.valueOf(r.get(REVISION.GENRE)), r.get(REVISION.OFFICE_ID), r.get(REVISION.PLACE),
                r.get(REVISION.EVENT_DATE), r.get(REVISION.LANGUAGE), Times.instant(r.get(REVISION.EMBARGO_AT)),
                BodyFormat.valueOf(r.get(REVISION.BODY_FORMAT)));
    }
}
