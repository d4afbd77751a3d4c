package org.pressdesk.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.pressdesk.domain.PressDeskException;

/** Time zones typed on the command line, such as "Africa/Bamako". */
final class Zones {
    private Zones() {
    }

    static ZoneId parse(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new PressDeskException("cli.badZone", text);
        }
    }
}
