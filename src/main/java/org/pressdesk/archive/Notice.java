package org.pressdesk.archive;

import java.util.List;

/**
 * Something the importer tells about a file or an item, as a message key and its arguments so that each front end
 * says it in the user's language. An error keeps the item (or the whole file) out of the import; a warning does not.
 */
public record Notice(Level level, String key, List<Object> arguments) {

    public enum Level {
        WARNING,
        ERROR
    }

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice warning(String key, Object... arguments) {
        return new Notice(Level.WARNING, key, List.of(arguments));
    }

    public static Notice error(String key, Object... arguments) {
        return new Notice(Level.ERROR, key, List.of(arguments));
    }

    public boolean isError() {
        return level == Level.ERROR;
    }
}
