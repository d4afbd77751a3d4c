package org.pressdesk.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/** The data folder the crash trials kill sessions on: an administrator, a manager, an editor, one office. */
public final class CrashOffice {
    public static final String PASSWORD = "motdepasse-crash";
    public static final String MANAGER = "chef";

    private CrashOffice() {
    }

    public static AppServices open(Path directory) {
        return AppServices.open(DataDirectory.prepare(directory),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), duration -> { }));
    }

    /** Creates the folder's accounts and office; the four-eyes rule is waived so that one manager approves. */
    public static void create(Path directory) {
        try (AppServices services = open(directory)) {
            UserAccount admin = services.accounts().createFirstAdministrator("admin", "Awa",
                    PASSWORD.toCharArray());
            services.accounts().createAccount(admin, MANAGER, "Chef", Role.MANAGER, PASSWORD.toCharArray());
            services.accounts().createAccount(admin, "redaction", "Moussa", Role.EDITOR, PASSWORD.toCharArray());
            services.offices().create(admin, "BIP", "Bureau", Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
            services.reviews().setFourEyesWaived(admin, true);
        }
    }

    public static void main(String[] args) {
        create(Path.of(args[0]));
    }
}
