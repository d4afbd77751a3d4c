package org.pressdesk.domain;

/** The signed-in user's role does not allow this action; nothing changed. */
public class PermissionDeniedException extends PressDeskException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
