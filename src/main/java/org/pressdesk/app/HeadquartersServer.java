package org.pressdesk.app;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.domain.CopiedTable;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.ServerRoleNames;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ServerCopy;
import org.pressdesk.store.ServerRoles;
import org.pressdesk.store.SettingsRepository;

/**
 * Headquarters' shared PostgreSQL server: connecting a desktop to it, setting it up (roles, migrations) and moving
 * an office's H2 database onto it. The command line and the window call these; they never reach the store.
 */
public final class HeadquartersServer {
    private HeadquartersServer() {
    }

    /** The services of a desktop connected to the server with the everyday role; the schema must be current. */
    public static AppServices connect(DataDirectory local, ServerAddress address, ServerLogin login,
            AppServices.Settings settings) {
        return AppServices.open(local, Database.connect(address, login, Database.Schema.CHECK), settings);
    }

    /**
     * Connects once as a desktop would (the schema must be this program's) and closes: the window's *Tester la
     * connexion*. Throws the fault in the user's words: unreachable, wrong password, no such database, TLS, schema.
     */
    public static void check(ServerAddress address, ServerLogin login) {
        Database.connect(address, login, Database.Schema.CHECK).close();
    }

    /** The SQL that creates both roles and the database, for the server's administrator to run in psql. */
    public static List<String> initScript(ServerRoleNames names) {
        ServerRoles roles = new ServerRoles(names);
        List<String> script = new ArrayList<>();
        roles.creation().forEach(sql -> script.add(sql + ";"));
        script.add("\\password " + roles.owner());
        script.add("\\password " + roles.everyday());
        script.add("\\connect " + roles.database());
        roles.schema().forEach(sql -> script.add(sql + ";"));
        return script;
    }

    /** Runs {@link #initScript} as the server's administrator, with the two roles' passwords. */
    public static void init(ServerAddress maintenance, ServerLogin admin, ServerRoleNames roles,
            char[] ownerPassword, char[] everydayPassword) {
        new ServerRoles(roles).apply(maintenance, admin, ownerPassword, everydayPassword);
    }

    /** Brings the server's schema to this program's, as the owner, and gives the everyday role its rights. */
    public static void migrate(ServerAddress address, ServerLogin owner, ServerRoleNames roles) {
        try (Database database = Database.connect(address, owner, Database.Schema.MIGRATE)) {
            new ServerRoles(roles).grant(database);
        }
    }

    /** What a copy did and found. */
    public record CopyReport(int rows, List<CopiedTable> tables, AuditVerifier.Result audit) {
        public boolean verified() {
            return audit.intact() && tables.stream().allMatch(CopiedTable::same);
        }
    }

    /**
     * Copies the H2 database of {@code from} onto the server (as the owner, after migrating it), then compares
     * every table and verifies the audit chain on the server. Refused when the server's database is not empty.
     */
    public static CopyReport copy(DataDirectory from, ServerAddress to, ServerLogin owner, ServerRoleNames roles) {
        if (!from.hasDatabase()) {
            throw new PressDeskException("server.copyNoSource", from);
        }
        try (Database source = Database.open(from);
                Database target = Database.connect(to, owner, Database.Schema.MIGRATE)) {
            new ServerRoles(roles).grant(target);
            ServerCopy copy = new ServerCopy(source, target);
            int rows = copy.copy();
            AuditVerifier verifier = new AuditVerifier(new AuditRepository(target), new SettingsRepository(target));
            return new CopyReport(rows, copy.verify(), verifier.verify());
        }
    }
}
