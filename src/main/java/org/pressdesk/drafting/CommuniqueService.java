package org.pressdesk.drafting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.ValidationException;
import org.pressdesk.domain.WorkflowAction;
import org.pressdesk.domain.WorkflowRules;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.store.TagRepository;
import org.pressdesk.tagging.TaggingService;

/**
 * Writing communiqués: create, save and read them. Every save writes an immutable revision; a save made from a
 * version that is no longer current is refused with the stored state, never written over it.
 */
public final class CommuniqueService {
    private final Database database;
    private final CommuniqueRepository communiques;
    private final RevisionRepository revisions;
    private final OfficeRepository offices;
    private final TagRepository tags;
    private final AuditTrail audit;
    private final Clock clock;
    private final AutosaveService autosaves;
    private final TaggingService tagging;

    public CommuniqueService(Database database, CommuniqueRepository communiques, RevisionRepository revisions,
            OfficeRepository offices, TagRepository tags, AuditTrail audit, Clock clock, AutosaveService autosaves,
            TaggingService tagging) {
        this.database = database;
        this.communiques = communiques;
        this.revisions = revisions;
        this.offices = offices;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
        this.autosaves = autosaves;
        this.tagging = tagging;
    }

    /** Creates a draft with its first revision. */
    public Communique create(UserAccount actor, CommuniqueContent content) {
        return create(actor, content, Status.DRAFT);
    }

    /** Creates a communiqué in the given status, e.g. archived items taken from an old archive. */
    public Communique create(UserAccount actor, CommuniqueContent content, Status status) {
        requireActive(actor);
        CommuniqueContent clean = validated(content);
        return database.inTransaction(() -> {
            Office office = office(clean.officeId());
            Instant now = clock.instant();
            long id = communiques.insert(UUID.randomUUID(), clean, office.code(), status, actor.id(), now);
            long revisionId = revisions.insert(UUID.randomUUID(), id, 1, clean, ContentHash.of(clean, office.code()),
                    actor.id(), now);
            communiques.updateContent(id, 1, clean, office.code(), 1, revisionId, actor.id(), now);
            audit.recordAtCommit(actor, AuditKind.COMMUNIQUE_CREATED, id, "revision=1");
            return get(id);
        });
    }

    /**
     * Saves new content as the next revision. Refused when the text is frozen by an approval, and with a
     * {@link ConflictException} when the communiqué was saved by someone else since {@code expectedVersion}.
     * Saving unchanged content writes nothing and returns the communiqué as it is.
     */
    public Communique save(UserAccount actor, long id, int expectedVersion, CommuniqueContent content) {
        requireActive(actor);
        CommuniqueContent clean = validated(content);
        return database.inTransaction(() -> {
            Communique current = communiques.lockAndFind(id)
                    .orElseThrow(() -> new NotFoundException("communique.notFound", id));
            if (current.content().sameAs(clean)) {
                return current;
            }
            if (current.version() != expectedVersion) {
                throw new ConflictException(current);
            }
            WorkflowRules.check(WorkflowAction.EDIT, new WorkflowRules.Facts(current.status(), actor.role(),
                    current.created().userId() == actor.id(), false, false));
            return writeRevision(actor, current, clean);
        });
    }

    /**
     * The editor's save, one transaction: creates the communiqué when {@code id} is null, else saves it as
     * {@link #save(UserAccount, long, int, CommuniqueContent)} does; then discards the autosave {@code draft} (if any)
     * that the saved text replaces, and records the tags its text suggests.
     */
    public Communique save(UserAccount actor, Long id, int expectedVersion, CommuniqueContent content, UUID draft) {
        return database.inTransaction(() -> {
            Communique saved = id == null ? create(actor, content) : save(actor, id, expectedVersion, content);
            if (draft != null) {
                autosaves.discard(draft);
            }
            tagging.recordSuggestions(saved.id());
            return saved;
        });
    }

    /** Creates a draft, as {@link #create(UserAccount, CommuniqueContent)}, and records the tags its text suggests. */
    public Communique createSuggestingTags(UserAccount actor, CommuniqueContent content) {
        return save(actor, null, 0, content, null);
    }

    private Communique writeRevision(UserAccount actor, Communique current, CommuniqueContent clean) {
        Office office = office(clean.officeId());
        Instant now = clock.instant();
        int number = current.revision() + 1;
        long revisionId = revisions.insert(UUID.randomUUID(), current.id(), number, clean,
                ContentHash.of(clean, office.code()), actor.id(), now);
        if (!communiques.updateContent(current.id(), current.version(), clean, office.code(), number, revisionId,
                actor.id(), now)) {
            throw new ConflictException(get(current.id()));
        }
        audit.recordAtCommit(actor, AuditKind.COMMUNIQUE_SAVED, current.id(), "revision=" + number);
        return get(current.id());
    }

    public Optional<Communique> find(long id) {
        return communiques.findById(id);
    }

    public Communique get(long id) {
        return communiques.findById(id).orElseThrow(() -> new NotFoundException("communique.notFound", id));
    }

    /** Finds a communiqué by its number or its UUID, as typed on the command line. */
    public Communique resolve(String reference) {
        String ref = reference == null ? "" : reference.strip();
        try {
            if (ref.length() == 36) {
                UUID uuid = UUID.fromString(ref);
                return communiques.findByUuid(uuid)
                        .orElseThrow(() -> new NotFoundException("communique.notFound", ref));
            }
            return get(Long.parseLong(ref));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("communique.notFound", ref);
        }
    }

    public List<CommuniqueSummary> list(ListQuery query) {
        return communiques.summaries(query);
    }

    public int count(String filter) {
        return communiques.count(filter);
    }

    /** How many communiqués the query lets through (its filter text and its tags), all pages together. */
    public int count(ListQuery query) {
        return communiques.count(query);
    }

    public List<Long> ids() {
        return communiques.ids();
    }

    public List<Revision> revisions(long communiqueId) {
        return revisions.forCommunique(communiqueId);
    }

    public Optional<Revision> revision(long revisionId) {
        return revisions.findById(revisionId);
    }

    /** Every communiqué the filter lets through, in full, last changed first (an export of the whole list). */
    public List<Communique> listInFull(String filter) {
        return communiques.findAll(filter);
    }

    /** The same communiqués, handed to {@code each} one at a time as they are read, never held together. */
    public void eachInFull(String filter, java.util.function.Consumer<Communique> each) {
        communiques.forEachInFull(filter, each);
    }

    /** The tags of every communiqué, by id (communiqués without tags are absent). */
    public Map<Long, List<TagLink>> allTags() {
        return tags.allLinks();
    }

    public List<TagLink> tags(long communiqueId) {
        return tags.linksFor(communiqueId);
    }

    private Office office(long officeId) {
        return offices.findById(officeId).orElseThrow(() -> new NotFoundException("office.notFound", officeId));
    }

    private static CommuniqueContent validated(CommuniqueContent content) {
        CommuniqueContent clean = content.normalized();
        List<CommuniqueContent.Problem> problems = clean.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return clean;
    }

    private static void requireActive(UserAccount actor) {
        if (actor == null || !actor.active()) {
            throw new PermissionDeniedException("permission.signInRequired");
        }
    }
}
