package org.pressdesk.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.domain.AuditAnchor;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.Role;
import org.pressdesk.store.AnchorRepository;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.RecordedFacts;
import org.pressdesk.store.SettingsRepository;

/**
 * Walks the whole audit trail and recomputes every link of its hash chain. Built with the anchors and the recorded
 * facts, it also checks what a re-chained trail would hide (decision 0037): that every signed anchor is valid and
 * that the chain still holds the head it signed, that every revision still hashes to its stored content hash, and
 * that every account's role is the one its last role change in the chain gave it.
 */
public final class AuditVerifier {
    private final AuditRepository events;
    private final SettingsRepository settings;
    private final AnchorRepository anchors;
    private final RecordedFacts facts;
    private final AnchorSignatures signatures;

    /** Checks the hash chain alone (a copy being verified, a backup). */
    public AuditVerifier(AuditRepository events, SettingsRepository settings) {
        this(events, settings, null, null, null);
    }

    public AuditVerifier(AuditRepository events, SettingsRepository settings, AnchorRepository anchors,
            RecordedFacts facts, AnchorSignatures signatures) {
        this.events = events;
        this.settings = settings;
        this.anchors = anchors;
        this.facts = facts;
        this.signatures = signatures;
    }

    /** The outcome of a check: how many entries were read and, if the chain is broken, where and why. */
    public record Result(long checked, Optional<Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /**
     * The first thing that does not fit; {@code entryId} is null when entries are missing at the end. For the
     * reasons "anchor" and "anchorSignature" it is the anchored sequence number, for "revision" a revision's id,
     * for "role" an account's id.
     */
    public record Break(Long entryId, String reason) {
    }

    public Result verify() {
        List<AuditAnchor> anchored = anchors == null ? List.of() : anchors.local();
        Walker walker = new Walker(anchored);
        events.forEach(walker::accept);
        String head = settings.get(AuditTrail.HEAD).orElse(AuditTrail.GENESIS);
        if (walker.broken == null && !head.equals(walker.lastHash)) {
            walker.broken = new Break(null, "truncated");
        }
        Break found = walker.broken;
        if (found == null && anchors != null) {
            found = anchorBreak(anchored, walker).or(() -> revisionBreak(walker.officeCodes))
                    .or(() -> roleBreak(walker.roles))
                    .orElse(null);
        }
        return new Result(walker.count, Optional.ofNullable(found));
    }

    private Optional<Break> anchorBreak(List<AuditAnchor> anchored, Walker walker) {
        for (AuditAnchor anchor : anchored) {
            if (!walker.held.getOrDefault(anchor.uuid(), anchor.sequence() == 0
                    && AuditTrail.GENESIS.equals(anchor.headHash()))) {
                return Optional.of(new Break(anchor.sequence(), "anchor"));
            }
            if (!signatures.valid(anchor)) {
                return Optional.of(new Break(anchor.sequence(), "anchorSignature"));
            }
        }
        return Optional.empty();
    }

    private Optional<Break> revisionBreak(Set<String> officeCodes) {
        return facts.firstAlteredRevision(officeCodes).map(id -> new Break(id, "revision"));
    }

    private Optional<Break> roleBreak(Map<String, Role> roles) {
        for (RecordedFacts.AccountRole account : facts.accounts()) {
            Role recorded = roles.get(account.username());
            boolean agrees = recorded == null ? account.remote() || !account.active() : recorded == account.role();
            if (!agrees) {
                return Optional.of(new Break(account.id(), "role"));
            }
        }
        return Optional.empty();
    }

    private static final class Walker {
        private final Map<Long, List<AuditAnchor>> bySequence = new HashMap<>();
        private final Map<UUID, Boolean> held = new HashMap<>();
        private final Map<String, Role> roles = new HashMap<>();
        private final Set<String> officeCodes = new HashSet<>();
        private String lastHash = AuditTrail.GENESIS;
        private long count;
        private Break broken;

        Walker(List<AuditAnchor> anchors) {
            for (AuditAnchor anchor : anchors) {
                bySequence.computeIfAbsent(anchor.sequence(), s -> new ArrayList<>()).add(anchor);
            }
        }

        void accept(AuditEvent event) {
            count++;
            RoleEvents.read(event).ifPresent(change -> roles.put(change.username(), change.role()));
            RoleEvents.officeCode(event).ifPresent(officeCodes::add);
            for (AuditAnchor anchor : bySequence.getOrDefault(count, List.of())) {
                held.put(anchor.uuid(), anchor.headHash().equals(event.hash()));
            }
            if (broken != null) {
                return;
            }
            if (!lastHash.equals(event.previousHash())) {
                broken = new Break(event.id(), "previous");
            } else if (!AuditHash.of(event).equals(event.hash())) {
                broken = new Break(event.id(), "altered");
            }
            lastHash = event.hash();
        }
    }
}
