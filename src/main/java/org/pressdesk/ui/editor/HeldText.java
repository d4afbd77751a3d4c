package org.pressdesk.ui.editor;

import java.time.LocalTime;
import java.util.UUID;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;

/**
 * What an editor holds, for another editor to take over (a window built again in another language): the communiqué
 * as this editor knew it (null for a new draft), the fields as typed, the autosave slot they are kept in, whether
 * they hold changes not saved yet, and when those were last autosaved (null: not yet).
 */
public record HeldText(Communique stored, CommuniqueContent content, UUID draft, boolean unsaved,
        LocalTime autosavedAt) {
}
