package org.pressdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another program holding a PressDesk database: opens the H2 file at {@code args[0]} (the path without ".mv.db")
 * without automatic server mode, so that nobody else can share it, says "ready" and waits to be killed.
 */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0], "pressdesk",
                "pressdesk")) {
            connection.createStatement().execute("select count(*) from office");
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
