package org.pressdesk.domain;

/**
 * Someone saved the communiqué after this editor opened it. Nothing was written; {@link #current()} is what is stored
 * now, so the editor can choose what to keep.
 */
public class ConflictException extends PressDeskException {
    private static final long serialVersionUID = 1L;

    private final transient Communique current;

    public ConflictException(Communique current) {
        super("conflict.savedMeanwhile", current.updated().displayName(), current.updated().at());
        this.current = current;
    }

    public Communique current() {
        return current;
    }
}
