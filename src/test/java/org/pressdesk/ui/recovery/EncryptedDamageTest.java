package org.pressdesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseRecovery;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Messages;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.testing.DamagedFiles;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.task.TaskRunner;

/**
 * An encrypted database damaged on disk: once the person's key slot opened, H2's "wrong key" is told as damage (the
 * sign-in then offers the recovery choices), and the choices recover with that person's name and password.
 */
class EncryptedDamageTest {
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path directory;

    private final AppServices.Settings settings = TestOffice.settings(new MutableClock(), new RecordingSleeper());

    @Test
    void damageFoundAfterTheKeySlotOpenedIsOfferedRecoveryWithThePersonsKey() throws Exception {
        DataDirectory data = DataDirectory.prepare(directory.resolve("data"));
        AppServices.Created created = AppServices.createEncrypted(data, settings, "awa", "Awa Traoré",
                PASSWORD.clone());
        try (AppServices services = created.services()) {
            Office office = services.offices().create(created.admin(), "BIP/MAECI", "Bureau de l’Information",
                    Office.Letterhead.empty(), TestOffice.BAMAKO);
            for (int i = 0; i < 6; i++) {
                services.communiques().create(created.admin(), new CommuniqueContent("Audience n° " + i,
                        "Le Ministre a reçu une délégation, rencontre " + i + ".", Genre.PRESS_RELEASE, office.id(),
                        "Bamako", null, "fr"));
            }
        }
        PressDeskException refused = damageUntilRefused(data);
        assertThat(refused.messageKey()).as("not a wrong key: the slot opened").isEqualTo("database.corrupted");
        assertThat(DatabaseRecovery.isDamaged(refused)).isTrue();

        DamagedDatabaseViewModel choices = new DamagedDatabaseViewModel(() -> AppServices.recovery(data, settings),
                TaskRunner.sameThread(), Messages.forLocale(Locale.ENGLISH), "awa", PASSWORD.clone());
        choices.start();
        choices.recover();

        assertThat(choices.repaired().get()).as(choices.outcome().get()).isTrue();
        try (AppServices reopened = AppServices.unlock(data, settings, "awa", PASSWORD.clone())) {
            assertThat(reopened.auditVerifier().verify().intact()).isTrue();
        }
    }

    /** Breaks 4 KiB blocks from the end, one more each time, until the database no longer opens with its key. */
    private PressDeskException damageUntilRefused(DataDirectory data) throws Exception {
        for (int block = 1; block <= 8; block++) {
            DamagedFiles.damageBlockFromEnd(data.resolve("pressdesk.mv.db"), block);
            try (AppServices opened = AppServices.unlock(data, settings, "awa", PASSWORD.clone())) {
                opened.communiques().count("");
            } catch (PressDeskException refused) {
                return refused;
            }
        }
        throw new AssertionError("H2 still opened the file after eight damaged blocks");
    }
}
