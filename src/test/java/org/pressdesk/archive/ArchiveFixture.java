package org.pressdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.TestDatabases;

/** A press office on a real database, with the three offices the sample archives sign as. */
public final class ArchiveFixture implements AutoCloseable {
    public static final char[] PASSWORD = "motdepasse-test".toCharArray();

    public final AppServices services;
    public final UserAccount admin;
    public final UserAccount manager;
    public final UserAccount editor;
    public final Office ministry;

    public ArchiveFixture(Path directory) {
        services = TestDatabases.services(directory,
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
        admin = services.accounts().createFirstAdministrator("admin", "Awa Sangaré", PASSWORD);
        manager = services.accounts().createAccount(admin, "direction", "Fatoumata Diallo", Role.MANAGER, PASSWORD);
        editor = services.accounts().createAccount(admin, "redaction", "Moussa Coulibaly", Role.EDITOR, PASSWORD);
        ZoneId bamako = ZoneId.of("Africa/Bamako");
        ministry = services.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), bamako);
        services.offices().create(admin, "PRIMATURE", "Service de Communication de la Primature",
                Office.Letterhead.empty(), bamako);
        services.offices().create(admin, "CCRP PRÉSIDENCE", "Cellule de Communication de la Présidence",
                Office.Letterhead.empty(), bamako);
        services.offices().setDefault(admin, ministry);
    }

    /** A sample archive of src/test/resources/org/pressdesk/archive. */
    public static Path sample(String name) {
        try {
            return Path.of(ArchiveFixture.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing sample " + name, e);
        }
    }

    /** A copy of a sample in {@code directory}, for tests that change or name it. */
    public static Path copy(String name, Path directory) {
        try {
            return Files.copy(sample(name), directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        services.close();
    }
}
