package org.pressdesk.ui.signin;

import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.office.SetupService;

/**
 * What the first-start screen asks of the program, on a background thread: a new database (encrypted unless the
 * person chose otherwise) with its administrator and first office, or the demonstration.
 */
public interface FirstStart {

    /** The form's content; the password is wiped once used. */
    record Request(String username, String displayName, char[] password, SetupService.FirstOffice office,
            boolean encrypted) {
    }

    /** The administrator made, and the recovery key to show once (null for an unencrypted database). */
    record Created(UserAccount admin, String recoveryKey) {
    }

    Created create(Request request);

    DemoSeeder.Seeded demo();
}
