package org.pressdesk.store;

import java.nio.file.Path;
import java.time.Duration;
import org.pressdesk.local.DataDirectory;

/**
 * A second PressDesk process on a shared folder that runs only bare statements ({@link BareStatementsLoop}) for
 * {@code args[2]} seconds on the data directory {@code args[0]}, its rows named after {@code args[1]}; it says "ready"
 * once the folder is open, prints each report on a line, and "done" at the end.
 */
public final class BareStatementsWorker {
    private BareStatementsWorker() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(DataDirectory.prepare(Path.of(args[0])))) {
            System.out.println("ready");
            System.out.flush();
            BareStatementsLoop.run(database, args[1], Duration.ofSeconds(Long.parseLong(args[2])), line -> {
                System.out.println(line);
                System.out.flush();
            });
        }
        System.out.println("done");
    }
}
