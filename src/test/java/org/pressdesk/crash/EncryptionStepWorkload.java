package org.pressdesk.crash;

import java.nio.file.Path;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseEncryption;
import org.pressdesk.app.EncryptionSteps;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/**
 * The window's conversion (Outils → Chiffrer la base…) as a child process for {@link EncryptionKillTrials}: a
 * session saves a communiqué, checks the administrator's password, closes its database and converts it, printing
 * {@code STEP name} at each of the conversion's named moments. Arguments: the data folder, then the step to stop at
 * ({@code -} for none): there it prints {@code PAUSED name} and waits to be killed.
 */
public final class EncryptionStepWorkload {
    static final String STEP = "STEP ";
    static final String PAUSED = "PAUSED ";
    static final String SAVED = "SAVED ";
    static final String ENCRYPTED = "ENCRYPTED";

    private EncryptionStepWorkload() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory directory = DataDirectory.prepare(Path.of(args[0]));
        String pauseAt = args[1];
        char[] password = BackupCrashOffice.PASSWORD.toCharArray();
        AppServices session = AppServices.open(directory, BackupCrashOffice.SETTINGS);
        UserAccount admin = session.accounts().signIn(BackupCrashOffice.ADMIN, password.clone());
        String title = "Enregistré avant le chiffrement " + System.nanoTime();
        session.communiques().create(admin, BackupCrashOffice.content(session, title));
        System.out.println(SAVED + title);
        DatabaseEncryption.checkAdministrator(session, BackupCrashOffice.ADMIN, password.clone());
        session.close();
        DatabaseEncryption.encrypt(directory, BackupCrashOffice.SETTINGS, BackupCrashOffice.ADMIN, password,
                step -> {
                    System.out.println(STEP + step);
                    if (step.equals(pauseAt)) {
                        System.out.println(PAUSED + step);
                        sleepForever();
                    }
                });
        System.out.println(ENCRYPTED);
        sleepForever();
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
