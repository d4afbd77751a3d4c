package org.pressdesk.domain;

/**
 * A word to be translated before it is put into a message, such as a status or an action named in a refusal:
 * {@code new PressDeskException("workflow.rule.status", new Label("status.DRAFT"))}.
 */
public record Label(String key) {
}
