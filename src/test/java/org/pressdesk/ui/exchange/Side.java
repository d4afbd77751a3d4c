package org.pressdesk.ui.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.signing.CertificateService;

/**
 * One installation of the exchange window's tests: a data folder and database of its own, an administrator, an
 * office, and an exchange identity whose key opens with {@link #KEY}.
 */
final class Side implements AutoCloseable {
    static final String KEY = "cle-d-echange-ui";

    final String name;
    final AppServices services;
    final UserAccount admin;
    final Office office;
    final Messages messages = Messages.forLocale(Locale.FRENCH);

    Side(Path root, String name, boolean headquarters) {
        this.name = name;
        services = AppServices.open(DataDirectory.prepare(root.resolve(name)), new AppServices.Settings(
                Clock.systemUTC(), new PasswordHasher(1_000), duration -> { }, new CertificateService.Strength(1_000,
                        2048)));
        admin = services.accounts().createFirstAdministrator(name + "-admin", "Admin " + name,
                "motdepasse-test".toCharArray());
        office = services.offices().create(admin, name.toUpperCase(Locale.ROOT), "Bureau " + name,
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        services.installation().createIdentity(admin, name, headquarters, KEY.toCharArray());
    }

    Communique write(String title, String body) {
        return services.communiques().create(admin, new CommuniqueContent(title, body, Genre.PRESS_RELEASE,
                office.id(), "Bamako", null, "fr"));
    }

    Communique rewrite(Communique communique, String body) {
        Communique current = services.communiques().get(communique.id());
        return services.communiques().save(admin, current.id(), current.version(),
                current.content().withBody(body, current.content().bodyFormat()));
    }

    /** Adds {@code other} as a peer here, from its certificate file, as its administrator would. */
    void trust(Side other) {
        services.installation().addPeer(admin, other.services.installation().certificateFile(), other.name);
    }

    Path sendTo(Side other, Path folder) {
        Path file = folder.resolve(name + "-" + other.name + "-" + System.nanoTime() + ".pdx");
        services.exchangeExport().export(admin, other.name, file, false, KEY.toCharArray());
        return file;
    }

    void receive(Path file) {
        services.exchangeImport().importFile(admin, file);
    }

    /** Edits made apart on both sides after one exchange: the communiqué ends in conflict on both. */
    static Communique conflictBetween(Side here, Side there, Path folder) {
        Communique made = there.write("Visite du ministre à Kayes", "Le ministre visitera Kayes lundi.");
        here.receive(there.sendTo(here, folder));
        there.rewrite(made, "Le ministre visitera Kayes lundi avec le gouverneur.");
        Communique local = here.services.communiques().resolve(made.uuid().toString());
        here.rewrite(local, "Le ministre visitera Kayes mardi.");
        here.receive(there.sendTo(here, folder));
        return here.services.communiques().get(local.id());
    }

    @Override
    public void close() {
        services.close();
    }
}
