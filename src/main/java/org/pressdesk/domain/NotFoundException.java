package org.pressdesk.domain;

/** The thing asked for does not exist. */
public class NotFoundException extends PressDeskException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
