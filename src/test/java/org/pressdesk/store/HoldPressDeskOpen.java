package org.pressdesk.store;

import java.nio.file.Path;
import org.pressdesk.local.DataDirectory;

/**
 * A PressDesk window left open: opens the database of the data directory {@code args[0]} as the program does, so
 * that others may share it through H2's server mode, says "ready" and waits to be killed.
 */
public final class HoldPressDeskOpen {
    private HoldPressDeskOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(DataDirectory.prepare(Path.of(args[0])))) {
            database.dsl().fetchCount(org.pressdesk.store.jooq.Tables.OFFICE);
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
