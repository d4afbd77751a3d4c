package org.pressdesk.ui.main;

import java.util.Locale;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;

/**
 * Who is signed in, for the status bar: the person's name and their role in the interface's language. A name that
 * is only a role's name in one of the interface languages (the demonstration's "Administrateur") is shown as the
 * role alone, so that the English interface does not read "Administrateur (Administrator)".
 */
final class SignedInText {
    private SignedInText() {
    }

    static String of(UserAccount user, Messages messages) {
        String key = "role." + user.role().name();
        String role = messages.get(key);
        String name = user.displayName() == null ? "" : user.displayName().strip();
        if (name.isEmpty() || isRoleName(name, key)) {
            return role.isEmpty() ? role : role.substring(0, 1).toUpperCase(messages.locale()) + role.substring(1);
        }
        return messages.get("main.signedIn", name, role);
    }

    private static boolean isRoleName(String name, String key) {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            if (Messages.forLocale(locale).get(key).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
