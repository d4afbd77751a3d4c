package org.pressdesk.ui.editor;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.pressdesk.domain.Communique;
import org.pressdesk.i18n.Messages;

/**
 * The one line that says where the text in the editor stands: saved as which revision, edited since, and whether
 * the edits are kept by an autosave (a safety copy, not a revision). Everything the editor says about saving comes
 * from here, so that two places can never disagree ("autosaved" beside "not saved yet").
 */
final class SaveState {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private SaveState() {
    }

    /**
     * @param stored the communiqué as last saved, null for one never saved
     * @param dirty whether the fields differ from it
     * @param autosavedAt when the edits were last autosaved, null when they were not (or not since the save)
     */
    static String describe(Messages messages, Communique stored, boolean dirty, LocalTime autosavedAt) {
        String time = autosavedAt == null ? null : TIME.format(autosavedAt);
        if (stored == null) {
            if (dirty && time != null) {
                return messages.get("editor.state.new.autosaved", time);
            }
            return messages.get("editor.state.new");
        }
        String status = messages.get("status." + stored.status().name());
        if (!dirty) {
            return messages.get("editor.state", status, stored.revision(), stored.updated().displayName());
        }
        return time == null ? messages.get("editor.state.edited", status, stored.revision())
                : messages.get("editor.state.autosaved", status, stored.revision(), time);
    }
}
