package org.pressdesk.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.testing.MutableClock;

/**
 * One PressDesk installation for exchange tests: its own data folder and database, an administrator who may approve
 * alone (four-eyes waived), one office of its own, and an exchange identity.
 */
final class Installation implements AutoCloseable {
    static final char[] KEY_PASSWORD = "cle-d-echange-1".toCharArray();
    static final String PASSWORD = "mot-de-passe-1";

    final String name;
    final MutableClock clock;
    final AppServices services;
    final UserAccount admin;
    final Office office;

    private Installation(Path root, String name, boolean headquarters, MutableClock clock) {
        this.name = name;
        this.clock = clock;
        this.services = AppServices.open(DataDirectory.prepare(root.resolve(name)), settings(clock));
        this.admin = services.accounts().createFirstAdministrator(name + "-admin", "Admin " + name,
                PASSWORD.toCharArray());
        this.office = services.offices().create(admin, name.toUpperCase(java.util.Locale.ROOT),
                "Bureau " + name, Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        services.reviews().setFourEyesWaived(admin, true);
        services.installation().createIdentity(admin, name, headquarters, KEY_PASSWORD);
    }

    static Installation open(Path root, String name, boolean headquarters, MutableClock clock) {
        return new Installation(root, name, headquarters, clock);
    }

    /** Opens an installation made before, as the next start of the program would. */
    static Installation reopen(Path root, String name, MutableClock clock) {
        return new Installation(root, name, clock);
    }

    private Installation(Path root, String name, MutableClock clock) {
        this.name = name;
        this.clock = clock;
        this.services = AppServices.open(DataDirectory.prepare(root.resolve(name)), settings(clock));
        this.admin = services.accounts().signIn(name + "-admin", PASSWORD.toCharArray());
        this.office = services.offices().list().get(0);
    }

    private static AppServices.Settings settings(MutableClock clock) {
        return new AppServices.Settings(clock, new PasswordHasher(1_000), duration -> { },
                new CertificateService.Strength(1_000, 2048));
    }

    /** Each adds the other's certificate file, as two administrators would after reading the fingerprint. */
    static void pair(Installation a, Installation b) {
        a.services.installation().addPeer(a.admin, b.services.installation().certificateFile(), b.name);
        b.services.installation().addPeer(b.admin, a.services.installation().certificateFile(), a.name);
    }

    Path send(Installation to, Path folder) {
        clock.advance(Duration.ofSeconds(1));
        Path file = folder.resolve(name + "-to-" + to.name + "-" + System.nanoTime() + ".pdx");
        services.exchangeExport().export(admin, to.name, file, false, KEY_PASSWORD);
        return file;
    }

    ImportResult receive(Path file) {
        clock.advance(Duration.ofSeconds(1));
        return services.exchangeImport().importFile(admin, file);
    }

    Communique create(String title, String body) {
        clock.advance(Duration.ofSeconds(1));
        return services.communiques().create(admin, new CommuniqueContent(title, body, Genre.values()[0],
                office.id(), "Bamako", null, "fr", null, null));
    }

    Communique edit(Communique c, String body) {
        clock.advance(Duration.ofSeconds(1));
        Communique current = services.communiques().get(c.id());
        CommuniqueContent content = current.content();
        return services.communiques().save(admin, c.id(), current.version(), new CommuniqueContent(content.title(),
                body, content.genre(), content.officeId(), content.place(), content.eventDate(), content.language(),
                content.embargoAt(), content.bodyFormat()));
    }

    Communique byUuid(java.util.UUID uuid) {
        return services.communiques().resolve(uuid.toString());
    }

    @Override
    public void close() {
        services.close();
    }
}
