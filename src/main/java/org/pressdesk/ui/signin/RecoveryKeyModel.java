package org.pressdesk.ui.signin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A recovery key to show once, and what happens once the person has confirmed writing it down; before that,
 * {@link #carryOn} does nothing.
 */
public final class RecoveryKeyModel {
    private final String key;
    private final Runnable then;
    private final BooleanProperty written = new SimpleBooleanProperty(false);
    private boolean done;

    public RecoveryKeyModel(String key, Runnable then) {
        this.key = key;
        this.then = then;
    }

    /** Goes on, once only, if the key was confirmed written down; returns whether it went on. */
    public boolean carryOn() {
        if (!written.get() || done) {
            return false;
        }
        done = true;
        then.run();
        return true;
    }

    public String key() {
        return key;
    }

    public BooleanProperty written() {
        return written;
    }
}
