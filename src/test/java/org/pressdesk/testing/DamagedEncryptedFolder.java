package org.pressdesk.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.local.DataDirectory;

/**
 * A real encrypted data folder (administrator {@value #ADMIN}, {@link TestOffice#PASSWORD}) holding a few
 * communiqués, and the damage a crash or a failing disk does to it, for the tests of its recovery.
 */
public final class DamagedEncryptedFolder {
    public static final String ADMIN = "awa";
    public static final int COMMUNIQUES = 8;

    private DamagedEncryptedFolder() {
    }

    /** A new encrypted folder at {@code path} with an office and {@value #COMMUNIQUES} communiqués. */
    public static DataDirectory create(Path path, AppServices.Settings settings) {
        DataDirectory data = DataDirectory.prepare(path);
        AppServices.Created created = AppServices.createEncrypted(data, settings, ADMIN, "Awa Traoré",
                TestOffice.PASSWORD.toCharArray());
        try (AppServices services = created.services()) {
            Office office = services.offices().create(created.admin(), "BIP/MAECI", "Bureau",
                    Office.Letterhead.empty(), TestOffice.BAMAKO);
            for (int i = 0; i < COMMUNIQUES; i++) {
                services.communiques().create(created.admin(), new CommuniqueContent("Audience n° " + i,
                        "Le Ministre a reçu une délégation, rencontre " + i + ".", Genre.PRESS_RELEASE, office.id(),
                        "Bamako", null, "fr"));
            }
        }
        return data;
    }

    /**
     * Breaks 4 KiB blocks from the end, one more each time (which page the opening reads depends on what was written
     * last), until opening with the right password fails; returns that failure.
     */
    public static RuntimeException damageUntilRefused(DataDirectory data, AppServices.Settings settings)
            throws IOException {
        Path file = data.resolve("pressdesk.mv.db");
        for (int block = 1; block <= 6; block++) {
            DamagedFiles.damageBlockFromEnd(file, block);
            try (AppServices opened = AppServices.unlock(data, settings, ADMIN, TestOffice.PASSWORD.toCharArray())) {
                opened.communiques().count("");
            } catch (RuntimeException refused) {
                return refused;
            }
        }
        throw new AssertionError("H2 still opened the file after six damaged blocks");
    }
}
