package org.pressdesk.ui.editor;

import java.util.Set;
import org.pressdesk.domain.PressDeskException;

/**
 * Whether a failure is the shared server gone (unreachable, or the connection lost mid-work): the work was cancelled
 * whole and may simply be tried again once the server is back, unlike a refusal.
 */
final class ServerFault {
    private static final Set<String> KEYS = Set.of("server.connectionLost", "server.unreachable");

    private ServerFault() {
    }

    static boolean isConnectionLost(Throwable failure) {
        return failure instanceof PressDeskException known && KEYS.contains(known.messageKey());
    }
}
