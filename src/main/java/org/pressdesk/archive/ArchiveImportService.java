package org.pressdesk.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Label;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ImportRepository;
import org.pressdesk.store.TagRepository;

/**
 * Takes past communiqués in from archive files: {@link #preview} reads and understands them and marks the texts
 * already here, keeping the counts and a bounded number of items to show; {@link #importChosen} reads the files
 * again chunk by chunk and writes the items kept in one transaction, so that a failure or a cancel leaves nothing
 * half-imported and memory stays bounded whatever the files hold. Importing the same file again finds only
 * duplicates. Items are written in chunks of multi-row statements, each with its first revision, fingerprint and
 * audit entry (the chain's head is locked once), so that years of archives go in at thousands per second.
 */
public final class ArchiveImportService {
    /** Items of a preview shown first, then items with notices shown beyond them. */
    public static final int FIRST_SHOWN = 1_000;
    public static final int MORE_SHOWN = 1_000;

    private final Database database;
    private final ArchiveReader reader;
    private final ArchiveRepository archive;
    private final ImportRun.ImportWriters writers;
    private final Clock clock;
    private final int firstShown;
    private final int moreShown;

    public ArchiveImportService(Database database, ArchiveReader reader, ImportRepository importRows,
            NewOffices newOffices, ArchiveRepository archive, TagRepository tags, AuditTrail audit, Clock clock) {
        this(database, new ImportRun.ImportWriters(reader, importRows, newOffices, archive, tags, audit), clock,
                FIRST_SHOWN, MORE_SHOWN);
    }

    /** With other limits on the items a preview shows (tests of big files with small ones). */
    ArchiveImportService(Database database, ImportRun.ImportWriters writers, Clock clock, int firstShown,
            int moreShown) {
        this.database = database;
        this.reader = writers.reader();
        this.archive = writers.archive();
        this.writers = writers;
        this.clock = clock;
        this.firstShown = firstShown;
        this.moreShown = moreShown;
    }

    /** The same service showing at most these numbers of items in its previews. */
    public ArchiveImportService showing(int first, int more) {
        return new ArchiveImportService(database, writers, clock, first, more);
    }

    /** Reads the files; nothing is written but the fingerprints of communiqués that had none. */
    public ImportPreview preview(List<Path> files) {
        archive.fingerprintTheRest(Fingerprint::of, clock.instant());
        OfficeDirectory directory = reader.directory();
        PreviewCollector collector = new PreviewCollector(firstShown, moreShown,
                new UnderstoodFiles(directory, UnderstoodFiles.defaultBudget()));
        for (Path path : files) {
            collector.file(reader.read(path, directory, (file, chunk) -> collector.add(file, chunk,
                    archive.holders(chunk.stream().map(ParsedItem::fingerprint).toList()))));
        }
        return collector.preview();
    }

    /**
     * Writes the chosen items with {@code status} and their suggested tags unconfirmed, creating the new offices
     * they name; items whose text arrived meanwhile are left out as duplicates. {@code chosen} decides the items
     * the preview shows (those not chosen are left out); the items it does not show are written as read when
     * readable and new. Importing with any status but draft is a manager's decision.
     */
    public ImportResult importChosen(UserAccount actor, ImportPreview preview, List<ImportChoice> chosen,
            Status status, ImportProgress progress) {
        return importChosen(actor, preview, chosen, status, progress, Cancellation.none());
    }

    /** The same, stopping (and rolling everything back) when {@code cancellation} is cancelled before the commit. */
    public ImportResult importChosen(UserAccount actor, ImportPreview preview, List<ImportChoice> chosen,
            Status status, ImportProgress progress, Cancellation cancellation) {
        requireAllowed(actor, status);
        List<ImportChoice> valid = chosen.stream().map(ArchiveImportService::validated).toList();
        writers.offices().checkAllowed(actor, valid);
        return database.inTransaction(() -> {
            // imports take turns: the texts another desktop's import committed just before are seen as already here
            writers.archive().lockImports();
            return new ImportRun(writers, actor, status, clock.instant(), progress, cancellation).run(preview, valid);
        });
    }

    /** A choice without errors; a chosen item that cannot be written stops the import before it is written. */
    static ImportChoice validated(ImportChoice choice) {
        ParsedItem item = choice.source().item();
        if (item.hasErrors() || choice.title() == null || choice.title().isBlank()
                || choice.title().strip().length() > CommuniqueContent.MAX_TITLE_LENGTH) {
            throw new PressDeskException("archive.import.itemInvalid", item.file(), item.line());
        }
        if (choice.officeCode() == null || choice.officeCode().isBlank()) {
            throw new PressDeskException("archive.import.officeMissing", item.file(), item.line());
        }
        return choice;
    }

    private static void requireAllowed(UserAccount actor, Status status) {
        if (actor == null || !actor.active()) {
            throw new PermissionDeniedException("permission.signInRequired");
        }
        if (status != Status.DRAFT && !actor.can(Role.MANAGER)) {
            throw new PermissionDeniedException("archive.import.managerOnly", new Label("status." + status.name()));
        }
    }
}
