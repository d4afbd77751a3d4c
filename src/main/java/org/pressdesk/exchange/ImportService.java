package org.pressdesk.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AnchorText;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.ExchangeIdentity;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.AnchorRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ExchangeDataRepository;
import org.pressdesk.store.ExchangeRepository;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.store.TagRepository;

/**
 * Receives a peer's file: checks all of it first (signature, hashes, format, receiver), then either shows what it
 * would change (a preview, rolled back) or applies it in one transaction. A file received before changes nothing;
 * any failure leaves the database exactly as it was.
 */
public final class ImportService {
    private final Database database;
    private final ExchangeRepository rows;
    private final ExchangeDataRepository data;
    private final CommuniqueRepository communiques;
    private final RevisionRepository revisions;
    private final OfficeRepository offices;
    private final TagRepository tags;
    private final InstallationService installation;
    private final AuditTrail audit;
    private final Clock clock;
    private final PackageReader reader = new PackageReader();
    private final AnchorRepository anchors;

    public ImportService(Database database, ExchangeRepository rows, ExchangeDataRepository data,
            CommuniqueRepository communiques, RevisionRepository revisions, OfficeRepository offices,
            TagRepository tags, InstallationService installation, AuditTrail audit, Clock clock,
            AnchorRepository anchors) {
        this.anchors = anchors;
        this.database = database;
        this.rows = rows;
        this.data = data;
        this.communiques = communiques;
        this.revisions = revisions;
        this.offices = offices;
        this.tags = tags;
        this.installation = installation;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the file would change, without changing anything. */
    public ImportResult preview(UserAccount actor, Path file) {
        return run(actor, file, false);
    }

    /** Applies the file in one transaction. */
    public ImportResult importFile(UserAccount actor, Path file) {
        return run(actor, file, true);
    }

    private ImportResult run(UserAccount actor, Path file, boolean apply) {
        ExportService.requireManager(actor);
        ExchangeIdentity self = installation.requireIdentity();
        PackageReader.Checked checked = reader.read(file, self.uuid(), rows::peerByUuid);
        ExchangePackage.Manifest manifest = checked.contents().manifest();
        if (rows.received(manifest.file())) {
            return new ImportResult(manifest.file(), checked.sender().name(), true, false, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    List.of());
        }
        try {
            return database.inTransaction(() -> {
                ImportResult result = apply(actor, self, checked, apply);
                if (!apply) {
                    throw new Preview(result);
                }
                return result;
            });
        } catch (Preview preview) {
            return preview.result;
        } catch (NullPointerException | IllegalArgumentException | java.time.DateTimeException malformed) {
            // a signed file from a peer whose records miss a field or name an unknown status, genre or role:
            // the transaction is rolled back and the file refused like any other malformed one
            throw new org.pressdesk.domain.PressDeskException(malformed, "exchange.file.invalid",
                    malformed.getClass().getSimpleName());
        }
    }

    private ImportResult apply(UserAccount actor, ExchangeIdentity self, PackageReader.Checked checked,
            boolean apply) {
        ExchangePackage.Manifest manifest = checked.contents().manifest();
        ExchangePackage.Payload payload = checked.contents().payload();
        Instant now = clock.instant();
        ImportResult.Builder result = new ImportResult.Builder(manifest.file(), checked.sender().name());
        Directory directory = new Directory(data, offices, now);
        ReceivedReferences references = new ReceivedReferences(data, manifest.sender(), checked.sender().name(), now,
                result);
        new RecordMerger(data, rows, communiques, revisions, tags, directory, self.uuid(), self.headquarters(), now,
                result, references).merge(payload);
        long peerId = checked.sender().id();
        rows.markKnown(peerId, ExportService.itemUuids(payload));
        rows.acknowledge(peerId, manifest.acknowledges() == null ? List.of() : manifest.acknowledges());
        rows.insertFile(manifest.file(), peerId, false, checked.manifestSha256(), payload.items(), now);
        rows.touch(peerId, false, now);
        AnchorText.read(manifest.auditAnchor(), "installation:" + manifest.sender())
                .ifPresent(anchor -> anchors.insert(anchor, now));
        audit.record(actor, AuditKind.EXCHANGE_RECEIVED, null, "file=" + manifest.file() + " peer="
                + manifest.sender() + " sha256=" + checked.manifestSha256() + " counts=" + manifest.counts());
        audit.recordAll(actor, AuditKind.EXCHANGE_RECEIVED, result.auditDetails());
        return result.build(apply);
    }

    /** Carries a preview's result out of the transaction it rolls back. */
    private static final class Preview extends RuntimeException {
        private final transient ImportResult result;

        Preview(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
