package org.pressdesk.domain;

import java.util.List;

/**
 * A failure the user must be told about. It carries a message key and its arguments, so that each front end says it
 * in the user's language; {@link #getMessage()} gives the key and arguments for logs.
 */
public class PressDeskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public PressDeskException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public PressDeskException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
