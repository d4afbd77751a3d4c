package org.pressdesk.archive;

import org.pressdesk.domain.Genre;
import org.pressdesk.domain.TextKeys;

/** The kind of text a title announces: "Communiqué conjoint…", "Déclaration…", "Audience…", "Note d’information". */
final class Genres {
    private Genres() {
    }

    static Genre fromTitle(String title) {
        String key = TextKeys.fold(title);
        if (key.contains("communique conjoint")) {
            return Genre.JOINT_COMMUNIQUE;
        }
        if (key.startsWith("declaration") || key.contains(": declaration")) {
            return Genre.STATEMENT;
        }
        if (key.contains("note d'information")) {
            return Genre.INFORMATION_NOTE;
        }
        if (key.contains("audience") || key.contains(" recoit ")) {
            return Genre.AUDIENCE_REPORT;
        }
        return Genre.PRESS_RELEASE;
    }
}
