package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APPROVAL;
import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.REVISION;
import static org.pressdesk.store.jooq.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Record;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
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
     * another hash. Streams the revisions, so that a large archive needs little memory. A revision was hashed with
     * its office's code of the time: besides the current code, the code a received office had at its sender (before
     * the "~" suffix a local clash adds) and {@code formerCodes} (the codes the audit trail names) are tried.
     */
    public Optional<Long> firstAlteredRevision(Set<String> formerCodes) {
        try (var cursor = database.dsl().select(REVISION.fields()).select(OFFICE.CODE).from(REVISION)
                .join(OFFICE).on(OFFICE.ID.eq(REVISION.OFFICE_ID)).orderBy(REVISION.ID).fetchSize(200).fetchLazy()) {
            for (Record r : cursor) {
                if (!hashedWithAnyCode(r, formerCodes)) {
                    return Optional.of(r.get(REVISION.ID));
                }
            }
        }
        return database.dsl().select(REVISION.ID).from(APPROVAL)
                .join(REVISION).on(REVISION.ID.eq(APPROVAL.REVISION_ID))
                .where(APPROVAL.CONTENT_SHA256.ne(REVISION.CONTENT_SHA256)).orderBy(REVISION.ID).limit(1)
                .fetchOptional(REVISION.ID);
    }

    private static boolean hashedWithAnyCode(Record r, Set<String> formerCodes) {
        CommuniqueContent content = RevisionRepository.content(r);
        String stored = r.get(REVISION.CONTENT_SHA256);
        String code = r.get(OFFICE.CODE);
        if (ContentHash.of(content, code).equals(stored)) {
            return true;
        }
        int suffix = code.lastIndexOf('~');
        if (suffix > 0 && ContentHash.of(content, code.substring(0, suffix)).equals(stored)) {
            return true;
        }
        return formerCodes.stream().anyMatch(former -> ContentHash.of(content, former).equals(stored));
    }

    public List<AccountRole> accounts() {
        return database.dsl().select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.ROLE, USER_ACCOUNT.ACTIVE,
                USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).orderBy(USER_ACCOUNT.ID)
                .fetch(r -> new AccountRole(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4(),
                        ExchangeDataRepository.REMOTE_PASSWORD_HASH.equals(r.value5())));
    }
}
