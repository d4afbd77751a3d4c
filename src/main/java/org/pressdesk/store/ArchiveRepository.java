package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APP_SETTING;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_FINGERPRINT;
import static org.pressdesk.store.jooq.Tables.IMPORT_BATCH;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jooq.Record3;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** What the archive importer keeps: import batches, and the fingerprints that recognise a text met again. */
public final class ArchiveRepository {
    private static final int CHUNK = 1_000;
    private static final String IMPORT_LOCK = "archive.import.lock";

    private final Database database;

    public ArchiveRepository(Database database) {
        this.database = database;
    }

    /** One imported file and what became of its items. */
    public record Batch(UUID uuid, String fileName, String fileSha256, String encoding, long importedBy,
            Instant importedAt, int found, int imported, int duplicates, int skipped) {
    }

    public long insertBatch(Batch batch) {
        return database.dsl().insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.UUID, batch.uuid())
                .set(IMPORT_BATCH.FILE_NAME, batch.fileName())
                .set(IMPORT_BATCH.FILE_SHA256, batch.fileSha256())
                .set(IMPORT_BATCH.ENCODING, batch.encoding())
                .set(IMPORT_BATCH.IMPORTED_BY, batch.importedBy())
                .set(IMPORT_BATCH.IMPORTED_AT, Times.utc(batch.importedAt()))
                .set(IMPORT_BATCH.FOUND_COUNT, batch.found())
                .set(IMPORT_BATCH.IMPORTED_COUNT, batch.imported())
                .set(IMPORT_BATCH.DUPLICATE_COUNT, batch.duplicates())
                .set(IMPORT_BATCH.SKIPPED_COUNT, batch.skipped())
                .returningResult(IMPORT_BATCH.ID)
                .fetchOne(IMPORT_BATCH.ID);
    }

    /** A batch's counts, known once its file was written (the row is inserted before its communiqués). */
    public void updateBatchCounts(long batchId, int imported, int duplicates, int skipped) {
        database.dsl().update(IMPORT_BATCH)
                .set(IMPORT_BATCH.IMPORTED_COUNT, imported)
                .set(IMPORT_BATCH.DUPLICATE_COUNT, duplicates)
                .set(IMPORT_BATCH.SKIPPED_COUNT, skipped)
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
    }

    public void insertFingerprint(long communiqueId, String fingerprint, Long batchId, Instant now) {
        database.dsl().insertInto(COMMUNIQUE_FINGERPRINT)
                .set(COMMUNIQUE_FINGERPRINT.COMMUNIQUE_ID, communiqueId)
                .set(COMMUNIQUE_FINGERPRINT.FINGERPRINT, fingerprint)
                .set(COMMUNIQUE_FINGERPRINT.IMPORT_BATCH_ID, batchId)
                .set(COMMUNIQUE_FINGERPRINT.CREATED_AT, Times.utc(now))
                .execute();
    }

    /** The communiqué already holding each of these fingerprints, by fingerprint. */
    public Map<String, Long> holders(Collection<String> fingerprints) {
        Map<String, Long> holders = new HashMap<>();
        List<String> all = List.copyOf(fingerprints);
        for (int from = 0; from < all.size(); from += CHUNK) {
            database.dsl().select(COMMUNIQUE_FINGERPRINT.FINGERPRINT, COMMUNIQUE_FINGERPRINT.COMMUNIQUE_ID)
                    .from(COMMUNIQUE_FINGERPRINT)
                    .where(COMMUNIQUE_FINGERPRINT.FINGERPRINT.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
                    .forEach(r -> holders.putIfAbsent(r.value1(), r.value2()));
        }
        return holders;
    }

    /**
     * Gives a fingerprint to every communiqué that has none yet (written in the editor), computed by
     * {@code fingerprint} from its title and body; returns how many were added. Walks the table in chunks.
     */
    public int fingerprintTheRest(BiFunction<String, String, String> fingerprint, Instant now) {
        int added = 0;
        while (!unfingerprinted().isEmpty()) {
            // read again under the imports' lock: another desktop's preview may have fingerprinted them meanwhile
            added += database.inTransaction(() -> {
                lockImports();
                List<Record3<Long, String, String>> rows = unfingerprinted();
                rows.forEach(r -> insertFingerprint(r.value1(), fingerprint.apply(r.value2(), r.value3()), null,
                        now));
                return rows.size();
            });
        }
        return added;
    }

    private List<Record3<Long, String, String>> unfingerprinted() {
        return database.dsl().select(COMMUNIQUE.ID, COMMUNIQUE.TITLE, COMMUNIQUE.BODY).from(COMMUNIQUE)
                .whereNotExists(DSL.selectOne().from(COMMUNIQUE_FINGERPRINT)
                        .where(COMMUNIQUE_FINGERPRINT.COMMUNIQUE_ID.eq(COMMUNIQUE.ID)))
                .orderBy(COMMUNIQUE.ID).limit(CHUNK).fetch();
    }

    /**
     * Makes imports take turns until the caller's transaction ends (on the shared server, desktops too): an import
     * that looks for the texts already here after taking it sees every text an import before it committed, so two
     * desktops importing the same file at once write each communiqué once. The lock is an {@code app_setting} row,
     * put there by the first import.
     */
    public void lockImports() {
        try {
            database.dsl().insertInto(APP_SETTING).columns(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE)
                    .values(IMPORT_LOCK, "").onDuplicateKeyIgnore().execute();
        } catch (IntegrityConstraintViolationException e) {
            // another import put the row there first (H2's emulation of the ignore may still meet it): it is there
        }
        database.dsl().select(APP_SETTING.SETTING_KEY).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(IMPORT_LOCK))
                .forUpdate().fetch();
    }

    public int batchCount() {
        return database.dsl().fetchCount(IMPORT_BATCH);
    }
}
