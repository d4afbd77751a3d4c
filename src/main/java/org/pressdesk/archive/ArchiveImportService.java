package org.pressdesk.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.Label;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ImportRepository;
import org.pressdesk.store.TagRepository;

/**
 * Takes past communiqués in from archive files: {@link #preview} reads and understands them and marks the texts
 * already here; {@link #importChosen} writes the items the user kept, in one transaction, so that a failure or a
 * cancel leaves nothing half-imported. Importing the same file again finds only duplicates. Items are written in
 * chunks of multi-row statements, each with its first revision, fingerprint and audit entry (the chain's head is
 * locked once), so that years of archives go in at thousands per second.
 */
public final class ArchiveImportService {
    /** Communiqués written per multi-row statement; progress and cancel are checked between chunks. */
    private static final int CHUNK = 250;

    private final Database database;
    private final ArchiveReader reader;
    private final ImportRepository importRows;
    private final NewOffices newOffices;
    private final ArchiveRepository archive;
    private final TagRepository tags;
    private final AuditTrail audit;
    private final Clock clock;

    public ArchiveImportService(Database database, ArchiveReader reader, ImportRepository importRows,
            NewOffices newOffices, ArchiveRepository archive, TagRepository tags, AuditTrail audit, Clock clock) {
        this.database = database;
        this.reader = reader;
        this.importRows = importRows;
        this.newOffices = newOffices;
        this.archive = archive;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the files; nothing is written but the fingerprints of communiqués that had none. */
    public ImportPreview preview(List<Path> files) {
        archive.fingerprintTheRest(Fingerprint::of, clock.instant());
        List<ParsedFile> parsed = reader.read(files);
        Set<String> fingerprints = new HashSet<>();
        parsed.forEach(f -> f.items().forEach(i -> fingerprints.add(i.fingerprint())));
        Map<String, Long> holders = archive.holders(fingerprints);
        Set<String> seen = new HashSet<>();
        List<PreviewItem> items = new ArrayList<>();
        for (ParsedFile file : parsed) {
            for (ParsedItem item : file.items()) {
                boolean repeated = !seen.add(item.fingerprint());
                items.add(new PreviewItem(items.size(), file, item, holders.get(item.fingerprint()), repeated));
            }
        }
        return new ImportPreview(parsed, items);
    }

    /**
     * Writes the chosen items with {@code status} and their suggested tags unconfirmed, creating the new offices
     * they name; items whose text arrived meanwhile are left out as duplicates. Importing with any status but
     * draft is a manager's decision.
     */
    public ImportResult importChosen(UserAccount actor, ImportPreview preview, List<ImportChoice> chosen,
            Status status, ImportProgress progress) {
        return importChosen(actor, preview, chosen, status, progress, Cancellation.none());
    }

    /** The same, stopping (and rolling everything back) when {@code cancellation} is cancelled before the commit. */
    public ImportResult importChosen(UserAccount actor, ImportPreview preview, List<ImportChoice> chosen,
            Status status, ImportProgress progress, Cancellation cancellation) {
        requireAllowed(actor, status);
        List<ImportChoice> valid = validated(chosen);
        newOffices.checkAllowed(actor, valid);
        return database.inTransaction(() -> {
            // imports take turns: the texts another desktop's import committed just before are seen as already here
            archive.lockImports();
            Instant now = clock.instant();
            Map<String, Long> already = archive.holders(valid.stream().map(c -> c.source().item().fingerprint())
                    .toList());
            Map<ParsedFile, Long> batches = batches(actor, preview, valid, already, now);
            List<String> created = new ArrayList<>();
            Map<Integer, Long> ids = writeAll(actor, valid, status, new Run(already, batches, created, now, new HashMap<>()),
                    progress, cancellation);
            int duplicates = valid.size() - ids.size();
            audit.record(actor, AuditKind.ARCHIVE_IMPORTED, null, "files=" + batches.size() + " imported="
                    + ids.size() + " duplicates=" + duplicates + " status=" + status);
            return new ImportResult(ids, created, duplicates, preview.items().size() - valid.size());
        });
    }

    /** What one import keeps track of: fingerprints met, batch rows, offices created, its time, tags looked up. */
    private record Run(Map<String, Long> fingerprints, Map<ParsedFile, Long> batches, List<String> newOffices,
            Instant now, Map<TagKey, Long> tagIds) {
    }

    private Map<Integer, Long> writeAll(UserAccount actor, List<ImportChoice> valid, Status status, Run run,
            ImportProgress progress, Cancellation cancellation) {
        List<ImportChoice> fresh = new ArrayList<>();
        for (ImportChoice choice : valid) {
            if (run.fingerprints().putIfAbsent(choice.source().item().fingerprint(), -1L) == null) {
                fresh.add(choice);
            }
        }
        Map<String, Office> officesByCode = new HashMap<>();
        Map<Integer, Long> ids = new LinkedHashMap<>();
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            Map<Long, String> audited = new LinkedHashMap<>();
            stopIfCancelled(cancellation);
            List<ImportChoice> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
            List<ImportRepository.NewCommunique> rows = new ArrayList<>(chunk.size());
            for (ImportChoice choice : chunk) {
                rows.add(row(actor, choice, status, officesByCode, run));
            }
            List<Long> created = importRows.insertAll(rows, actor.id(), run.now());
            List<TagRepository.NewLink> links = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                ids.put(chunk.get(i).source().index(), created.get(i));
                audited.put(created.get(i), "revision=1 import=" + chunk.get(i).source().item().file());
                links.addAll(links(created.get(i), chunk.get(i).source().item(), run));
            }
            tags.linkAllNew(links, run.now());
            // each chunk's entries go to the chain at once: a big import never holds them all in memory
            audit.recordAll(actor, AuditKind.COMMUNIQUE_CREATED, audited);
            progress.progressed(from + chunk.size(), fresh.size());
        }
        stopIfCancelled(cancellation);
        return ids;
    }

    /** A cancel up to the last moment before the commit rolls everything back. */
    private static void stopIfCancelled(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new PressDeskException("archive.import.cancelled");
        }
    }

    private ImportRepository.NewCommunique row(UserAccount actor, ImportChoice choice, Status status,
            Map<String, Office> officesByCode, Run run) {
        Office office = newOffices.resolve(actor, choice, officesByCode, run.newOffices());
        ParsedItem item = choice.source().item();
        CommuniqueContent content = new CommuniqueContent(choice.title(), item.body(), choice.genre(), office.id(),
                choice.place(), choice.eventDate(), "fr").normalized();
        if (!content.problems().isEmpty()) {
            throw new PressDeskException("archive.import.itemInvalid", item.file(), item.line());
        }
        return new ImportRepository.NewCommunique(UUID.randomUUID(), content, office.code(), status,
                ContentHash.of(content, office.code()), item.fingerprint(), run.batches().get(choice.source().file()));
    }

    /** The suggested tags of a new communiqué; each tag is looked up (or created) once per import. */
    private List<TagRepository.NewLink> links(long id, ParsedItem item, Run run) {
        List<TagRepository.NewLink> links = new ArrayList<>();
        for (SuggestedTag tag : item.understanding().tags()) {
            long tagId = run.tagIds().computeIfAbsent(TagKey.of(tag.kind(), tag.name()),
                    key -> tags.findOrCreate(tag.kind(), tag.name(), run.now()));
            links.add(new TagRepository.NewLink(id, tagId, tag.evidence()));
        }
        return links;
    }

    /** One batch row per file that gives items, with its counts; files are told apart by identity (fast). */
    private Map<ParsedFile, Long> batches(UserAccount actor, ImportPreview preview, List<ImportChoice> valid,
            Map<String, Long> already, Instant now) {
        Map<ParsedFile, Long> ids = new IdentityHashMap<>();
        for (ParsedFile file : preview.files()) {
            List<ImportChoice> ofFile = valid.stream().filter(c -> c.source().file() == file).toList();
            if (ofFile.isEmpty()) {
                continue;
            }
            Set<String> fresh = new HashSet<>();
            ofFile.stream().map(c -> c.source().item().fingerprint()).filter(f -> !already.containsKey(f))
                    .forEach(fresh::add);
            ids.put(file, archive.insertBatch(new ArchiveRepository.Batch(UUID.randomUUID(),
                    file.path().getFileName().toString(), file.sha256(), file.encoding(), actor.id(), now,
                    file.items().size(), fresh.size(), ofFile.size() - fresh.size(),
                    file.items().size() - ofFile.size())));
        }
        return ids;
    }

    /** The choices without errors; a chosen item that cannot be written stops the import before it starts. */
    private static List<ImportChoice> validated(List<ImportChoice> chosen) {
        for (ImportChoice choice : chosen) {
            ParsedItem item = choice.source().item();
            if (item.hasErrors() || choice.title() == null || choice.title().isBlank()
                    || choice.title().strip().length() > CommuniqueContent.MAX_TITLE_LENGTH) {
                throw new PressDeskException("archive.import.itemInvalid", item.file(), item.line());
            }
            if (choice.officeCode() == null || choice.officeCode().isBlank()) {
                throw new PressDeskException("archive.import.officeMissing", item.file(), item.line());
            }
        }
        return List.copyOf(chosen);
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
