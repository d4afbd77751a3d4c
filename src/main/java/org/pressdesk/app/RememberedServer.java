package org.pressdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.local.LocalSecrets;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.store.ServerRoles;

/**
 * The shared server this desktop connects to, remembered in its local preferences so that the next start goes
 * straight to the sign-in: the address, the role, the CA file and, sealed by {@link LocalSecrets} for this OS user,
 * the password (decision 0035). The preferences file never holds the password in clear.
 */
public final class RememberedServer {
    static final String ADDRESS = "server.address";
    static final String USER = "server.user";
    static final String CA_FILE = "server.caFile";
    static final String PASSWORD = "server.password";

    private final LocalPreferences preferences;
    private final LocalSecrets secrets;

    public RememberedServer(LocalPreferences preferences, LocalSecrets secrets) {
        this.preferences = preferences;
        this.secrets = secrets;
    }

    /** The server remembered in {@code preferences}, its password sealed with this OS user's key file. */
    public static RememberedServer forThisUser(LocalPreferences preferences) {
        return new RememberedServer(preferences, LocalSecrets.forThisUser());
    }

    /** The remembered server, with the password when it opens (empty otherwise: it is then asked). */
    public record Saved(ServerAddress address, String user, Path caFile, Optional<char[]> password) {
        /** The login, with {@code typed} when the remembered password is missing. */
        public ServerLogin login(char[] typed) {
            return new ServerLogin(user, password.orElse(typed), caFile);
        }
    }

    /** The server remembered here, if any; an address that no longer reads is treated as none. */
    public Optional<Saved> saved() {
        Optional<String> address = preferences.get(ADDRESS).filter(ServerAddress::isServer);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        ServerAddress parsed;
        try {
            parsed = ServerAddress.parse(address.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String user = preferences.get(USER).filter(u -> !u.isBlank()).orElse(ServerRoles.EVERYDAY);
        Path ca = preferences.get(CA_FILE).filter(c -> !c.isBlank()).map(Path::of).orElse(null);
        Optional<char[]> password = preferences.get(PASSWORD).flatMap(p -> secrets.open(p, context(parsed, user)));
        return Optional.of(new Saved(parsed, user, ca, password));
    }

    /** Remembers the server and, sealed, its password. */
    public void remember(ServerAddress address, String user, Path caFile, char[] password) throws IOException {
        String sealed = secrets.seal(password, context(address, user));
        preferences.put(ADDRESS, address.toString());
        preferences.put(USER, user);
        preferences.put(CA_FILE, caFile == null ? "" : caFile.toAbsolutePath().normalize().toString());
        preferences.put(PASSWORD, sealed);
    }

    /** Forgets the server: the next start offers the local database or another server again. */
    public void forget() throws IOException {
        preferences.remove(ADDRESS, USER, CA_FILE, PASSWORD);
    }

    private static String context(ServerAddress address, String user) {
        return "pressdesk server password|" + address + "|" + user;
    }
}
