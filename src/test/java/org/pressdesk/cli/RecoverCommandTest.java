package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.DamagedFiles;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/** A command that meets a damaged database says what to run; {@code recover} then brings the folder back. */
class RecoverCommandTest {
    @TempDir
    Path directory;

    @Test
    void aCommandPointsToRecoverWhichBringsTheDatabaseBack() throws Exception {
        DataDirectory data = DataDirectory.prepare(directory.resolve("data"));
        try (AppServices services = AppServices.open(data, TestOffice.settings(new MutableClock(),
                new RecordingSleeper()))) {
            UserAccount awa = services.accounts().createFirstAdministrator("awa", "Awa Traoré",
                    TestOffice.PASSWORD.toCharArray());
            Office office = services.offices().create(awa, "BIP/MAECI", "Bureau", Office.Letterhead.empty(),
                    TestOffice.BAMAKO);
            services.communiques().create(awa, new CommuniqueContent("Audience", "Le Ministre a reçu une délégation.",
                    Genre.PRESS_RELEASE, office.id(), "Bamako", null, "fr"));
        }
        Cli cli = new Cli();
        // H2 reads lazily, and which pages the newest block holds depends on what was written last: the blocks
        // before it are broken too, as a failing disk would, until a command meets the damage
        Cli.Run refused = null;
        for (int block = 1; block <= 4 && (refused == null || refused.code() == 0); block++) {
            DamagedFiles.damageBlockFromEnd(data.resolve("pressdesk.mv.db"), block);
            refused = cli.run("--data", data.toString(), "--user", "awa", "list");
        }
        assertThat(refused.code()).as(refused.toString()).isNotZero();
        assertThat(refused.err()).contains("endommagée").contains("pressdesk recover");

        Cli.Run recovered = cli.run("--data", data.toString(), "recover");
        assertThat(recovered.code()).as(recovered.toString()).isZero();
        assertThat(recovered.out()).contains("gardé tel quel").contains("récupérées et vérifiées");

        Cli.Run listed = cli.run("--data", data.toString(), "--user", "awa", "list");
        assertThat(listed.code()).as(listed.toString()).isZero();
    }
}
