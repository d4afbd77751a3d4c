package org.pressdesk.audit;

import java.util.Optional;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.SettingsRepository;

/** Walks the whole audit trail and recomputes every link of its hash chain. */
public final class AuditVerifier {
    private final AuditRepository events;
    private final SettingsRepository settings;

    public AuditVerifier(AuditRepository events, SettingsRepository settings) {
        this.events = events;
        this.settings = settings;
    }

    /** The outcome of a check: how many entries were read and, if the chain is broken, where and why. */
    public record Result(long checked, Optional<Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** The first entry that does not fit the chain; {@code entryId} is null when entries are missing at the end. */
    public record Break(Long entryId, String reason) {
    }

    public Result verify() {
        Walker walker = new Walker();
        events.forEach(walker::accept);
        String head = settings.get(AuditTrail.HEAD).orElse(AuditTrail.GENESIS);
        if (walker.broken == null && !head.equals(walker.lastHash)) {
            walker.broken = new Break(null, "truncated");
        }
        return new Result(walker.count, Optional.ofNullable(walker.broken));
    }

    private static final class Walker {
        private String lastHash = AuditTrail.GENESIS;
        private long count;
        private Break broken;

        void accept(AuditEvent event) {
            count++;
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
