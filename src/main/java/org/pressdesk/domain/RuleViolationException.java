package org.pressdesk.domain;

/** A workflow rule or the user's role forbids the action; nothing changed. The key names the rule. */
public class RuleViolationException extends PressDeskException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
