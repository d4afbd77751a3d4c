package org.pressdesk.domain;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Who connects to the server and how: the role, its password (kept as characters, never logged), and the CA file
 * that signed the server's certificate. With a CA file the connection is TLS with the server's name checked
 * ({@code sslmode=verify-full}); without one, TLS is used when the server offers it.
 */
public final class ServerLogin {
    private final String user;
    private final char[] password;
    private final Path caFile;

    public ServerLogin(String user, char[] password, Path caFile) {
        this.user = user;
        this.password = password.clone();
        this.caFile = caFile;
    }

    public String user() {
        return user;
    }

    /** A copy of the password, for the connection that needs it; never log it. */
    public char[] password() {
        return password.clone();
    }

    public Path caFile() {
        return caFile;
    }

    /** The same server as another role (the owner, say), with the same CA. */
    public ServerLogin as(String otherUser, char[] otherPassword) {
        return new ServerLogin(otherUser, otherPassword, caFile);
    }

    /** Forgets the password: call when the connections that need it are closed. */
    public void forget() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return user + (caFile == null ? "" : " (TLS, CA " + caFile + ")");
    }
}
