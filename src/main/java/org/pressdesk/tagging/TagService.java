package org.pressdesk.tagging;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagNames;
import org.pressdesk.domain.TagUsage;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.Database;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;

/**
 * The office's tags themselves: create, rename, merge (links follow), delete, other names. A bad name or a merge
 * of a tag into itself is refused with a message key and changes nothing. Renames, merges and deletions reach the
 * audit trail.
 */
public final class TagService {
    private final Database database;
    private final TagRepository tags;
    private final TagLinkRepository links;
    private final OfficeVocabulary vocabulary;
    private final AuditTrail audit;
    private final Clock clock;

    public TagService(Database database, TagRepository tags, TagLinkRepository links, OfficeVocabulary vocabulary,
            AuditTrail audit, Clock clock) {
        this.database = database;
        this.tags = tags;
        this.links = links;
        this.vocabulary = vocabulary;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every tag with how many communiqués carry it and its other names, by kind and name. */
    public List<TagUsage> usage() {
        return tags.usage();
    }

    public Optional<Tag> find(long id) {
        return tags.find(id);
    }

    public Tag get(long id) {
        return tags.find(id).orElseThrow(() -> new NotFoundException("tag.notFound", id));
    }

    /** The tag of that kind with this name or alias, ignoring case and accents. */
    public Optional<Tag> find(String name, TagKind kind) {
        return tags.findByKey(kind, Tag.key(name));
    }

    /** Tags of any kind with this name or alias. */
    public List<Tag> findByName(String name) {
        return tags.findByName(Tag.key(name));
    }

    /** The tag of that kind and name, made if it does not exist yet. */
    public Tag create(UserAccount actor, String name, TagKind kind) {
        requireActive(actor);
        String label = TagNames.clean(name);
        return database.inTransaction(() -> findOrCreate(label, kind));
    }

    Tag findOrCreate(String label, TagKind kind) {
        Optional<Tag> existing = tags.findByKey(kind, Tag.key(label));
        if (existing.isPresent()) {
            return existing.get();
        }
        // a colleague may be creating the same tag right now: then theirs is the one
        Tag[] created = new Tag[1];
        if (!database.attempt(() -> created[0] = tags.insert(kind, label, clock.instant()))) {
            return tags.findByKey(kind, Tag.key(label)).orElseThrow();
        }
        vocabulary.changed();
        return created[0];
    }

    /** Gives a tag a new name; its former name stays as an alias. Refused when another tag has that name. */
    public Tag rename(UserAccount actor, long tagId, int expectedVersion, String newName) {
        requireActive(actor);
        String label = TagNames.clean(newName);
        return database.inTransaction(() -> {
            Tag tag = get(tagId);
            Optional<Tag> other = tags.findByKey(tag.kind(), Tag.key(label)).filter(t -> t.id() != tagId);
            if (other.isPresent()) {
                throw new PressDeskException("tag.exists", other.get().label());
            }
            if (!tags.rename(tagId, expectedVersion, label)) {
                throw new PressDeskException("tag.changedMeanwhile", tag.label());
            }
            tags.removeAlias(tagId, Tag.key(label));
            if (!tag.key().equals(Tag.key(label))) {
                tags.addAlias(tagId, tag.label(), clock.instant());
            }
            audit.record(actor, AuditKind.TAG_CHANGED, null, "rename tag=" + tagId + " to=" + label);
            vocabulary.changed();
            return get(tagId);
        });
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: the source's communiqués carry the target (once each), its
     * name and aliases become the target's aliases, and the source is gone.
     */
    public Tag merge(UserAccount actor, long sourceId, long targetId) {
        requireActive(actor);
        if (sourceId == targetId) {
            throw new PressDeskException("tag.mergeIntoItself");
        }
        return database.inTransaction(() -> {
            // colleagues linking the source wait for the merge, then find its name on the target
            tags.lock(sourceId);
            Tag source = get(sourceId);
            Tag target = get(targetId);
            if (source.kind() != target.kind()) {
                throw new PressDeskException("tag.mergeOtherKind", source.label(), target.label());
            }
            links.move(sourceId, targetId);
            for (String alias : tags.aliases(sourceId)) {
                addAliasIfNew(target, alias);
            }
            addAliasIfNew(target, source.label());
            tags.delete(sourceId);
            audit.record(actor, AuditKind.TAG_CHANGED, null, "merge tag=" + sourceId + " into=" + targetId);
            vocabulary.changed();
            return get(targetId);
        });
    }

    /** Deletes a tag: it leaves every communiqué that carried it. */
    public void delete(UserAccount actor, long tagId) {
        requireActive(actor);
        database.inTransaction(() -> {
            Tag tag = get(tagId);
            links.unlinkAll(tagId);
            tags.delete(tagId);
            audit.record(actor, AuditKind.TAG_CHANGED, null, "delete tag=" + tagId + " label=" + tag.label());
            vocabulary.changed();
        });
    }

    /** Adds another name under which texts mention the tag ("Hollande" for Pays-Bas). */
    public Tag addAlias(UserAccount actor, long tagId, String alias) {
        requireActive(actor);
        String name = TagNames.clean(alias);
        return database.inTransaction(() -> {
            Tag tag = get(tagId);
            Optional<Tag> other = tags.findByKey(tag.kind(), Tag.key(name)).filter(t -> t.id() != tagId);
            if (other.isPresent()) {
                throw new PressDeskException("tag.exists", other.get().label());
            }
            addAliasIfNew(tag, name);
            vocabulary.changed();
            return tag;
        });
    }

    private void addAliasIfNew(Tag tag, String alias) {
        if (!tag.key().equals(Tag.key(alias))) {
            tags.addAlias(tag.id(), alias, clock.instant());
        }
    }

    static void requireActive(UserAccount actor) {
        if (actor == null || !actor.active()) {
            throw new PermissionDeniedException("permission.signInRequired");
        }
    }
}
