package org.pressdesk.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The names on the shared server: its database, the owner role (tables, migrations) and the everyday role every
 * desktop signs in as. Checked here so that a name can be written into SQL without quoting.
 */
public record ServerRoleNames(String database, String owner, String everyday) {
    public static final String OWNER = "pressdesk_owner";
    public static final String EVERYDAY = "pressdesk_app";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ServerRoleNames {
        for (String name : List.of(database, owner, everyday)) {
            if (!NAME.matcher(name).matches()) {
                throw new PressDeskException("server.badName", name);
            }
        }
    }
}
