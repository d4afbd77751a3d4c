package org.pressdesk.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.ArchiveRepository;
import org.pressdesk.store.ImportRepository;
import org.pressdesk.store.TagRepository;

/**
 * One import, inside the caller's transaction: the previewed files are read again chunk by chunk and each chunk's
 * new communiqués are written at once (multi-row statements with their first revision, fingerprint, tags and audit
 * entries), so that memory stays bounded whatever the files hold. The items the preview showed are written as the
 * user chose them; the others as read, when readable and new. A file whose bytes changed since the preview stops the
 * import (and the transaction rolls back everything).
 */
final class ImportRun {
    private final ImportWriters writers;
    private final UserAccount actor;
    private final Status status;
    private final Instant now;
    private final ImportProgress progress;
    private final Cancellation cancellation;
    private final Map<Integer, ImportChoice> chosen = new HashMap<>();
    private final Set<Integer> shown = new HashSet<>();
    private final Set<String> met = new HashSet<>();
    private final Map<String, Office> officesByCode = new HashMap<>();
    private final Map<TagKey, Long> tagIds = new HashMap<>();
    private final List<String> newOffices = new ArrayList<>();
    private final Map<Integer, Long> createdShown = new LinkedHashMap<>();
    private UnderstoodFiles understoodFiles = UnderstoodFiles.none();
    private int imported;
    private int duplicates;
    private int considered;
    private int total;

    /** The repositories and services an import writes through. */
    record ImportWriters(ArchiveReader reader, ImportRepository rows, NewOffices offices, ArchiveRepository archive,
            TagRepository tags, AuditTrail audit) {
    }

    ImportRun(ImportWriters writers, UserAccount actor, Status status, Instant now, ImportProgress progress,
            Cancellation cancellation) {
        this.writers = writers;
        this.actor = actor;
        this.status = status;
        this.now = now;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** Writes the preview's files; {@code choices} decide the items the preview showed. */
    ImportResult run(ImportPreview preview, List<ImportChoice> choices) {
        preview.items().forEach(item -> shown.add(item.index()));
        choices.forEach(choice -> chosen.put(choice.source().index(), choice));
        total = preview.found();
        understoodFiles = preview.understood();
        OfficeDirectory directory = writers.reader().directory();
        int first = 0;
        int files = 0;
        for (ArchiveFile file : preview.files()) {
            if (!file.failed()) {
                files += write(file, first, directory) ? 1 : 0;
                first += file.itemCount();
            }
        }
        stopIfCancelled();
        writers.audit().record(actor, AuditKind.ARCHIVE_IMPORTED, null, "files=" + files + " imported=" + imported
                + " duplicates=" + duplicates + " status=" + status);
        return new ImportResult(createdShown, newOffices, imported, duplicates, total - imported - duplicates);
    }

    /** One file's items, whose first has index {@code first}; true when any of them was chosen (a batch row). */
    private boolean write(ArchiveFile previewed, int first, OfficeDirectory directory) {
        FileTally tally = new FileTally(previewed, first);
        Optional<List<List<ParsedItem>>> understood = writers.reader().currentSha256(previewed.path())
                .flatMap(sha -> understoodFiles.chunks(previewed.path(), sha, directory));
        if (understood.isPresent()) {
            // the same bytes as the preview's, read with the same offices: its items as it understood them
            understood.get().forEach(chunk -> writeChunk(tally, chunk));
        } else {
            writers.reader().read(previewed.path(), directory, (file, chunk) -> {
                if (!file.sha256().equals(previewed.sha256()) || file.itemCount() != previewed.itemCount()) {
                    throw new PressDeskException("archive.import.fileChanged", previewed.name());
                }
                writeChunk(tally, chunk);
            });
        }
        if (tally.batch == null) {
            return false;
        }
        writers.archive().updateBatchCounts(tally.batch, tally.written, tally.repeated,
                previewed.itemCount() - tally.written - tally.repeated);
        return true;
    }

    /** What became of one file's items so far, and its batch row once an item was chosen. */
    private static final class FileTally {
        private final ArchiveFile file;
        private int next;
        private Long batch;
        private int written;
        private int repeated;

        FileTally(ArchiveFile file, int first) {
            this.file = file;
            this.next = first;
        }
    }

    private void writeChunk(FileTally tally, List<ParsedItem> chunk) {
        stopIfCancelled();
        List<ImportChoice> kept = new ArrayList<>();
        for (ParsedItem item : chunk) {
            int index = tally.next++;
            ImportChoice choice = shown.contains(index) ? chosen.get(index)
                    : asRead(new PreviewItem(index, tally.file, item, null, false));
            if (choice != null) {
                kept.add(ArchiveImportService.validated(choice));
            }
        }
        considered += chunk.size();
        if (!kept.isEmpty()) {
            writers.offices().checkAllowed(actor, kept);
            if (tally.batch == null) {
                tally.batch = writers.archive().insertBatch(new ArchiveRepository.Batch(UUID.randomUUID(),
                        tally.file.name(), tally.file.sha256(), tally.file.encoding(), actor.id(), now,
                        tally.file.itemCount(), 0, 0, 0));
            }
            List<ImportChoice> fresh = fresh(kept);
            tally.repeated += kept.size() - fresh.size();
            duplicates += kept.size() - fresh.size();
            insert(fresh, tally.batch);
            tally.written += fresh.size();
        }
        progress.progressed(considered, total);
    }

    /** An item the preview did not show: kept as read when readable; whether it is new is seen when written. */
    private static ImportChoice asRead(PreviewItem item) {
        return item.item().hasErrors() ? null : ImportChoice.asRead(item);
    }

    /** The choices whose text is neither here already nor met earlier in this import. */
    private List<ImportChoice> fresh(List<ImportChoice> kept) {
        Map<String, Long> here = writers.archive().holders(kept.stream().map(c -> c.source().item().fingerprint())
                .toList());
        List<ImportChoice> fresh = new ArrayList<>();
        for (ImportChoice choice : kept) {
            String fingerprint = choice.source().item().fingerprint();
            if (!here.containsKey(fingerprint) && met.add(fingerprint)) {
                fresh.add(choice);
            }
        }
        return fresh;
    }

    private void insert(List<ImportChoice> fresh, long batch) {
        if (fresh.isEmpty()) {
            return;
        }
        List<ImportRepository.NewCommunique> rows = new ArrayList<>(fresh.size());
        for (ImportChoice choice : fresh) {
            rows.add(row(choice, batch));
        }
        List<Long> created = writers.rows().insertAll(rows, actor.id(), now);
        Map<Long, String> audited = new LinkedHashMap<>();
        List<TagRepository.NewLink> links = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            PreviewItem source = fresh.get(i).source();
            if (shown.contains(source.index())) {
                createdShown.put(source.index(), created.get(i));
            }
            audited.put(created.get(i), "revision=1 import=" + source.item().file());
            links.addAll(links(created.get(i), source.item()));
        }
        writers.tags().linkAllNew(links, now);
        // each chunk's entries go to the chain at once: a big import never holds them all in memory
        writers.audit().recordAll(actor, AuditKind.COMMUNIQUE_CREATED, audited);
        imported += fresh.size();
    }

    private ImportRepository.NewCommunique row(ImportChoice choice, long batch) {
        Office office = writers.offices().resolve(actor, choice, officesByCode, newOffices);
        ParsedItem item = choice.source().item();
        CommuniqueContent content = new CommuniqueContent(choice.title(), item.body(), choice.genre(), office.id(),
                choice.place(), choice.eventDate(), "fr").normalized();
        if (!content.problems().isEmpty()) {
            throw new PressDeskException("archive.import.itemInvalid", item.file(), item.line());
        }
        return new ImportRepository.NewCommunique(UUID.randomUUID(), content, office.code(), status,
                ContentHash.of(content, office.code()), item.fingerprint(), batch);
    }

    /** The suggested tags of a new communiqué; each tag is looked up (or created) once per import. */
    private List<TagRepository.NewLink> links(long id, ParsedItem item) {
        List<TagRepository.NewLink> links = new ArrayList<>();
        for (SuggestedTag tag : item.understanding().tags()) {
            long tagId = tagIds.computeIfAbsent(TagKey.of(tag.kind(), tag.name()),
                    key -> writers.tags().findOrCreate(tag.kind(), tag.name(), now));
            links.add(new TagRepository.NewLink(id, tagId, tag.evidence()));
        }
        return links;
    }

    /** A cancel up to the last moment before the commit rolls everything back. */
    private void stopIfCancelled() {
        if (cancellation.isCancelled()) {
            throw new PressDeskException("archive.import.cancelled");
        }
    }
}
