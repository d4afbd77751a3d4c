package org.pressdesk.drafting;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.pressdesk.account.Sleeper;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.TestOffice;

/**
 * An editor's session that dies: opens PressDesk on {@code args[0]}, signs in, autosaves twice the draft
 * {@code args[1]}, says "autosaved" and halts at once, as a power cut or a killed process would, with no shutdown
 * hook and no close.
 */
public final class AutosaveThenCrash {
    /** The text typed before the crash: accents, typographic spaces, paragraphs, and enough of it to span pages. */
    public static final String TEXT = ("Bamako, le 3 février 2026 — « Le Ministre a reçu l’Ambassadeur »"
            + " ;\u202Fsuite !\n\nDeuxième paragraphe\u00A0: œuvres, 29\u00A0€.\n").repeat(400) + "Fin.";

    private AutosaveThenCrash() {
    }

    public static void main(String[] args) {
        AppServices services = AppServices.open(DataDirectory.prepare(Path.of(args[0])),
                TestOffice.settings(Clock.systemUTC(), Sleeper.real()));
        UserAccount editor = services.accounts().signIn(TestOffice.ADMIN, TestOffice.PASSWORD.toCharArray());
        Office office = services.offices().defaultOffice().orElseThrow();
        UUID draft = UUID.fromString(args[1]);
        services.autosaves().store(editor, draft, null, null, content(office, "premier jet"));
        services.autosaves().store(editor, draft, null, null, content(office, TEXT));
        System.out.println("autosaved");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }

    private static CommuniqueContent content(Office office, String body) {
        return new CommuniqueContent("Audience du Ministre", body, null, office.id(), "Bamako", null, "fr");
    }
}
