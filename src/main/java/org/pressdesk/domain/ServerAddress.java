package org.pressdesk.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the shared PostgreSQL server is: {@code postgresql://HOST[:PORT]/NAME}. Nothing else is accepted in the
 * address (no user, no password, no parameters): the password never travels in an argument.
 */
public record ServerAddress(String host, int port, String name) {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern FORM = Pattern.compile(
            "postgresql://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\])(?::(\\d{1,5}))?/([A-Za-z_][A-Za-z0-9_]{0,62})");

    public ServerAddress {
        if (port < 1 || port > 65_535) {
            throw new PressDeskException("server.badAddress", host + ":" + port);
        }
    }

    /** True when {@code text} names a server rather than a data directory. */
    public static boolean isServer(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    public static ServerAddress parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new PressDeskException("server.badAddress", text);
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        return new ServerAddress(m.group(1), port, m.group(3));
    }

    @Override
    public String toString() {
        return SCHEME + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + name;
    }
}
