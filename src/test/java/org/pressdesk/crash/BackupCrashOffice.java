package org.pressdesk.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/** The data folders of the backup kill trials: an administrator, an office and a few communiqués, encrypted or not. */
final class BackupCrashOffice {
    static final String ADMIN = "admin";
    static final String PASSWORD = "motdepasse-crash";
    static final int COMMUNIQUES = 5;
    static final AppServices.Settings SETTINGS = new AppServices.Settings(Clock.systemUTC(),
            new PasswordHasher(1_000), duration -> { });

    private BackupCrashOffice() {
    }

    static AppServices unlock(Path data, String password) {
        return AppServices.unlock(DataDirectory.prepare(data), SETTINGS, ADMIN, password.toCharArray());
    }

    /** An encrypted folder (the default of a new installation) with its communiqués. */
    static void createEncrypted(Path data) {
        AppServices.Created created = AppServices.createEncrypted(DataDirectory.prepare(data), SETTINGS, ADMIN,
                "Awa", PASSWORD.toCharArray());
        try (AppServices services = created.services()) {
            fill(services, created.admin());
        }
    }

    /** A folder as older versions left it: unencrypted. */
    static void createPlain(Path data) {
        try (AppServices services = AppServices.open(DataDirectory.prepare(data), SETTINGS)) {
            fill(services, services.accounts().createFirstAdministrator(ADMIN, "Awa", PASSWORD.toCharArray()));
        }
    }

    static String title(int i) {
        return "Communiqué d’origine " + i;
    }

    static CommuniqueContent content(AppServices services, String title) {
        long office = services.offices().list().get(0).id();
        return new CommuniqueContent(title, "Texte de « " + title + " ».", Genre.PRESS_RELEASE, office, "Bamako",
                null, "fr");
    }

    private static void fill(AppServices services, UserAccount admin) {
        services.offices().create(admin, "BIP", "Bureau", Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        for (int i = 0; i < COMMUNIQUES; i++) {
            services.communiques().create(admin, content(services, title(i)));
        }
    }
}
