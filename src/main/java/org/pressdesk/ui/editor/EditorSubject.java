package org.pressdesk.ui.editor;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pressdesk.domain.Communique;

/**
 * What the editor's fields hold: a stored communiqué or a new draft, the autosave slot of the text, and which
 * filling of the fields this is. Each new draft, open or restore is a new subject, so that a save finishing later
 * does not take over what the user has opened since; while the fields are being filled, a change is not an edit.
 */
final class EditorSubject {
    /** Whether the fields are being filled with a new subject (a change is then no edit) or show one. */
    enum Phase {
        SHOWING, FILLING
    }

    private final ReadOnlyObjectWrapper<Communique> stored = new ReadOnlyObjectWrapper<>();
    private Phase phase = Phase.SHOWING;
    private long number;
    private UUID draftUuid = UUID.randomUUID();

    /** Fills the fields with another subject through {@code fill}: changes it makes are not edits. */
    void fill(Runnable fill) {
        phase = Phase.FILLING;
        try {
            number++;
            fill.run();
        } finally {
            phase = Phase.SHOWING;
        }
    }

    boolean isFilling() {
        return phase == Phase.FILLING;
    }

    /** A ticket for the subject shown now, to check later with {@link #stillShows}. */
    long ticket() {
        return number;
    }

    boolean stillShows(long ticket) {
        return ticket == number;
    }

    /** The stored communiqué, or null for a new draft. */
    Communique stored() {
        return stored.get();
    }

    /** The stored communiqué becomes {@code communique} (null: a new draft), with a fresh autosave slot. */
    void show(Communique communique) {
        stored.set(communique);
        draftUuid = UUID.randomUUID();
    }

    /** The next save of these fields goes to {@code communique} (a conflict's choice), keeping the autosave slot. */
    void saveOnto(Communique communique) {
        stored.set(communique);
    }

    /** Text an autosave kept comes back: its slot is the one it was kept in. */
    void continueDraft(UUID slot) {
        draftUuid = slot;
    }

    UUID draftUuid() {
        return draftUuid;
    }

    ReadOnlyObjectProperty<Communique> storedProperty() {
        return stored.getReadOnlyProperty();
    }
}
