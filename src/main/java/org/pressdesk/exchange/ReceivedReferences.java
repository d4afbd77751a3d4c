package org.pressdesk.exchange;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.pressdesk.store.ExchangeDataRepository;

/**
 * The references received communiqués take here. Each office numbers its own references, so a reference already
 * held here by another communiqué means two installations numbered the same office's references. Both communiqués
 * keep their number (nothing that left an office is renumbered): the received one shows its reference marked with
 * the peer it came from, "2026-014/DAKAR (siege)", and the reference as given is kept beside it, so that it travels
 * on unchanged to the next installation.
 */
final class ReceivedReferences {
    private static final int MAX_LENGTH = 80;

    private final ExchangeDataRepository data;
    private final Set<String> taken;
    private final UUID sender;
    private final String senderName;
    private final Instant now;
    private final ImportResult.Builder result;

    ReceivedReferences(ExchangeDataRepository data, UUID sender, String senderName, Instant now,
            ImportResult.Builder result) {
        this.data = data;
        this.taken = data.references();
        this.sender = sender;
        this.senderName = senderName;
        this.now = now;
        this.result = result;
    }

    /**
     * The reference the communiqué takes: null when it keeps what it has (a reference here is never replaced) or
     * when none was received; the received one as given when it is free here; otherwise the received one marked.
     */
    String take(long communiqueId, String current, String received) {
        if (received == null || current != null) {
            return null;
        }
        if (taken.add(received)) {
            return received;
        }
        String marked = marked(received, communiqueId);
        taken.add(marked);
        data.insertReferenceMark(communiqueId, received, sender, senderName, now);
        result.referenceMarked();
        return marked;
    }

    private String marked(String reference, long communiqueId) {
        String mark = " (" + senderName + ")";
        String candidate = fit(reference, mark);
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = fit(reference, " (" + senderName + " " + n + ")");
            if (n > 1000) {
                candidate = fit(reference, " (#" + communiqueId + ")");
                break;
            }
        }
        return candidate;
    }

    private static String fit(String reference, String mark) {
        String text = reference + mark;
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + ")";
    }
}
