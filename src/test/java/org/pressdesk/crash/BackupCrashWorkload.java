package org.pressdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.Backups;
import org.pressdesk.app.DatabaseEncryption;
import org.pressdesk.app.HeadquartersSlot;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/**
 * What a backup kill trial kills: one of backing up (with a communiqué saved before each copy), restoring, encrypting
 * or changing the administrator's password (which re-wraps the data key in its slot), in a loop, each outcome printed
 * only after the call returned. Arguments: the mode ({@code backup}, {@code restore}, {@code encrypt}, {@code rekey}),
 * the data folder, then the mode's own: the backup folder; the backup file and the folder to restore under; nothing;
 * the current password. Mode {@code hq-seal} seals the data key for the headquarters certificate in the file given,
 * again and again. Mode {@code encrypt-window} converts as Outils → Chiffrer la base… does, after a save.
 */
public final class BackupCrashWorkload {
    private BackupCrashWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        switch (args[0]) {
            case "backup" -> backUp(data, Path.of(args[2]));
            case "restore" -> restore(Path.of(args[2]), Path.of(args[3]));
            case "encrypt" -> encrypt(data);
            case "encrypt-window" -> encryptAsTheWindowDoes(data);
            case "rekey" -> rekey(data, args[2]);
            case "hq-seal" -> sealForHeadquarters(data, Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void backUp(Path data, Path folder) {
        try (AppServices services = BackupCrashOffice.unlock(data, BackupCrashOffice.PASSWORD)) {
            UserAccount admin = services.accounts().signIn(BackupCrashOffice.ADMIN,
                    BackupCrashOffice.PASSWORD.toCharArray());
            System.out.println(CrashLog.WORKING);
            for (int i = 0; ; i++) {
                String title = "Sauvegardé " + System.nanoTime();
                services.communiques().create(admin, BackupCrashOffice.content(services, title));
                System.out.println("SAVED " + title);
                Backups.Backup made = services.backups().create(folder);
                System.out.println("GOOD " + made.file().getFileName());
            }
        }
    }

    private static void restore(Path backup, Path under) {
        System.out.println(CrashLog.WORKING);
        for (int i = 0; ; i++) {
            Backups.restore(backup, under.resolve("r" + i));
            System.out.println("RESTORED r" + i);
        }
    }

    private static void encrypt(Path data) {
        System.out.println(CrashLog.WORKING);
        DatabaseEncryption.encrypt(DataDirectory.prepare(data), BackupCrashOffice.SETTINGS, BackupCrashOffice.ADMIN,
                BackupCrashOffice.PASSWORD.toCharArray());
        System.out.println("ENCRYPTED");
    }

    /**
     * The window's path (Outils → Chiffrer la base…): a session saves a communiqué, checks the password, closes its
     * database, then converts it with the same service as the command.
     */
    private static void encryptAsTheWindowDoes(Path data) {
        DataDirectory directory = DataDirectory.prepare(data);
        AppServices session = AppServices.open(directory, BackupCrashOffice.SETTINGS);
        UserAccount admin = session.accounts().signIn(BackupCrashOffice.ADMIN, BackupCrashOffice.PASSWORD.toCharArray());
        System.out.println(CrashLog.WORKING);
        String title = "Avant chiffrement " + System.nanoTime();
        session.communiques().create(admin, BackupCrashOffice.content(session, title));
        System.out.println("SAVED " + title);
        DatabaseEncryption.checkAdministrator(session, BackupCrashOffice.ADMIN,
                BackupCrashOffice.PASSWORD.toCharArray());
        session.close();
        DatabaseEncryption.encrypt(directory, BackupCrashOffice.SETTINGS, BackupCrashOffice.ADMIN,
                BackupCrashOffice.PASSWORD.toCharArray());
        System.out.println("ENCRYPTED");
    }

    private static void sealForHeadquarters(Path data, Path certificate) throws IOException {
        byte[] file = Files.readAllBytes(certificate);
        try (AppServices services = BackupCrashOffice.unlock(data, BackupCrashOffice.PASSWORD)) {
            UserAccount admin = services.accounts().signIn(BackupCrashOffice.ADMIN,
                    BackupCrashOffice.PASSWORD.toCharArray());
            System.out.println(CrashLog.WORKING);
            for (int i = 0; ; i++) {
                HeadquartersSlot.seal(services, admin, file, "siege.pem");
                System.out.println("SEALED " + i);
            }
        }
    }

    private static void rekey(Path data, String current) {
        try (AppServices services = BackupCrashOffice.unlock(data, current)) {
            UserAccount admin = services.accounts().signIn(BackupCrashOffice.ADMIN, current.toCharArray());
            System.out.println(CrashLog.WORKING);
            for (int i = 0; ; i++) {
                String next = "motdepasse-" + Long.toString(System.nanoTime(), 36);
                System.out.println("CHANGING " + next);
                services.accounts().changePassword(admin, admin, next.toCharArray());
                System.out.println("CHANGED " + next);
            }
        }
    }
}
