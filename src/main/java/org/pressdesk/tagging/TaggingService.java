package org.pressdesk.tagging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKey;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagNames;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;

/**
 * Tags on communiqués: suggestions read from the text, and the tags people accept, add, remove or dismiss. An
 * accepted person or organisation becomes known and is proposed in later texts; a dismissed suggestion does not
 * come back for that communiqué. {@link #suggest} stores nothing, for the editor as one types and for importers.
 */
public final class TaggingService {
    private final Database database;
    private final CommuniqueRepository communiques;
    private final TagRepository tags;
    private final TagLinkRepository links;
    private final TagService tagService;
    private final OfficeVocabulary vocabulary;
    private final Clock clock;

    public TaggingService(Database database, CommuniqueRepository communiques, TagRepository tags,
            TagLinkRepository links, TagService tagService, OfficeVocabulary vocabulary, Clock clock) {
        this.database = database;
        this.communiques = communiques;
        this.tags = tags;
        this.links = links;
        this.tagService = tagService;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** The tags a title and body suggest, under the names the office's tags give them. Stores nothing. */
    public List<TagSuggestion> suggest(String title, String body) {
        OfficeVocabulary.Snapshot snapshot = vocabulary.current();
        List<TagSuggestion> suggestions = new ArrayList<>();
        Set<TagKey> seen = new java.util.HashSet<>();
        for (TagSuggestion s : snapshot.suggester().suggest(title, body)) {
            TagSuggestion named = new TagSuggestion(snapshot.label(s.kind(), s.name()), s.kind(), s.evidence());
            if (seen.add(TagKey.of(named))) {
                suggestions.add(named);
            }
        }
        return suggestions;
    }

    /**
     * Names that complete what a user is typing: the office's tags (through their aliases) first, then the built-in
     * countries, organisations and themes; a name matches when it, or one of its words, starts with the text.
     */
    public List<TagSuggestion> complete(String typed, int limit) {
        return complete(typed, limit, List.of(vocabulary.current().names(), BuiltInVocabulary.get().labels()));
    }

    /** Like {@link #complete(String, int)}, among the office's tags only (to filter by them). */
    public List<TagSuggestion> completeStored(String typed, int limit) {
        return complete(typed, limit, List.of(vocabulary.current().names()));
    }

    private static List<TagSuggestion> complete(String typed, int limit, List<List<KnownName>> sources) {
        String prefix = Tag.key(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        java.util.Map<TagKey, TagSuggestion> found = new java.util.LinkedHashMap<>();
        for (List<KnownName> names : sources) {
            names.stream().filter(n -> startsWord(Tag.key(n.name()), prefix))
                    .sorted(java.util.Comparator.comparing((KnownName n) -> !Tag.key(n.name()).startsWith(prefix))
                            .thenComparing(n -> Tag.key(n.label())))
                    .forEach(n -> found.putIfAbsent(TagKey.of(n.kind(), n.label()),
                            new TagSuggestion(n.label(), n.kind(), n.name())));
        }
        return found.values().stream().limit(limit).toList();
    }

    private static boolean startsWord(String key, String prefix) {
        return key.startsWith(prefix) || key.contains(" " + prefix) || key.contains("-" + prefix);
    }

    /** A communiqué's confirmed tags and its current suggestions (neither confirmed nor dismissed). */
    public CommuniqueTags tagsOf(long communiqueId) {
        Communique communique = communique(communiqueId);
        List<TagLink> stored = tags.linksFor(communiqueId);
        List<TagLink> confirmed = stored.stream().filter(TagLink::confirmed).toList();
        Set<TagKey> excluded = dismissed(communiqueId);
        confirmed.forEach(link -> excluded.add(TagKey.of(link)));
        List<TagSuggestion> suggested = suggest(communique.title(), communique.content().body()).stream()
                .filter(s -> !excluded.contains(TagKey.of(s))).collect(Collectors.toCollection(ArrayList::new));
        return new CommuniqueTags(confirmed, suggested);
    }

    /** The suggestions dismissed for a communiqué. */
    public Set<TagKey> dismissed(long communiqueId) {
        return links.dismissed(communiqueId);
    }

    /** Confirms a suggestion on a communiqué, making its tag if needed; it becomes known to later suggestions. */
    public TagLink accept(UserAccount actor, long communiqueId, TagSuggestion suggestion) {
        return link(actor, communiqueId, suggestion.name(), suggestion.kind(), suggestion.evidence());
    }

    /** Adds a tag typed by hand. */
    public TagLink add(UserAccount actor, long communiqueId, String name, TagKind kind) {
        return link(actor, communiqueId, name, kind, null);
    }

    private TagLink link(UserAccount actor, long communiqueId, String name, TagKind kind, String evidence) {
        TagService.requireActive(actor);
        String label = TagNames.clean(name);
        TagLink link = database.inTransaction(() -> {
            communique(communiqueId);
            Tag tag = linkByName(label, kind, id -> links.confirm(communiqueId, id, evidence, actor.id(),
                    clock.instant()));
            return new TagLink(tag.id(), tag.label(), tag.kind(), true, evidence);
        });
        vocabulary.changed();
        return link;
    }

    /** Takes a tag off a communiqué; the tag itself stays. */
    public void remove(UserAccount actor, long communiqueId, long tagId) {
        TagService.requireActive(actor);
        database.inTransaction(() -> {
            communique(communiqueId);
            links.unlink(communiqueId, tagId);
        });
        vocabulary.changed();
    }

    /** Turns a suggestion down for this communiqué: it will not be proposed for it again. */
    public void dismiss(UserAccount actor, long communiqueId, TagSuggestion suggestion) {
        TagService.requireActive(actor);
        database.inTransaction(() -> {
            communique(communiqueId);
            links.dismiss(communiqueId, suggestion.kind(), suggestion.key(), actor.id(), clock.instant());
            tags.findByKey(suggestion.kind(), suggestion.key()).ifPresent(tag -> {
                if (tags.linksFor(communiqueId).stream().anyMatch(l -> l.tagId() == tag.id() && !l.confirmed())) {
                    links.unlink(communiqueId, tag.id());
                    tags.deleteIfUnused(tag.id());
                }
            });
        });
    }

    /** Accepts every current suggestion of a communiqué; returns its tags afterwards. */
    public List<TagLink> confirmAll(UserAccount actor, long communiqueId) {
        for (TagSuggestion suggestion : tagsOf(communiqueId).suggested()) {
            accept(actor, communiqueId, suggestion);
        }
        return tags.linksFor(communiqueId);
    }

    /**
     * Records the current suggestions on the communiqué as unconfirmed tags (replacing those recorded before), so
     * that they show with the communiqué, e.g. after an import. They do not become known names.
     */
    public void recordSuggestions(long communiqueId) {
        List<TagSuggestion> suggestions = tagsOf(communiqueId).suggested();
        database.inTransaction(() -> {
            List<Long> before = tags.linksFor(communiqueId).stream().filter(l -> !l.confirmed())
                    .map(TagLink::tagId).toList();
            links.clearSuggestions(communiqueId);
            // a colleague's save may be linking one of them right now: then it stays
            before.forEach(id -> database.attempt(() -> tags.deleteIfUnused(id)));
            for (TagSuggestion suggestion : suggestions) {
                linkByName(TagNames.clean(suggestion.name()), suggestion.kind(),
                        id -> links.suggest(communiqueId, id, suggestion.evidence(), clock.instant()));
            }
        });
    }

    /**
     * Finds (or makes) the tag named {@code label} and links it with {@code link}. When a colleague's transaction
     * removed that tag meanwhile (merged into another, or cleaned up), the link is undone alone and the name is
     * looked for again: after a merge it is the target's alias.
     */
    private Tag linkByName(String label, TagKind kind, java.util.function.LongConsumer link) {
        for (int attempt = 1; ; attempt++) {
            Tag tag = tagService.findOrCreate(label, kind);
            if (attempt == 3) {
                link.accept(tag.id());
                return tag;
            }
            if (database.attempt(() -> link.accept(tag.id()))) {
                return tag;
            }
        }
    }

    private Communique communique(long communiqueId) {
        return communiques.findById(communiqueId)
                .orElseThrow(() -> new NotFoundException("communique.notFound", communiqueId));
    }
}
