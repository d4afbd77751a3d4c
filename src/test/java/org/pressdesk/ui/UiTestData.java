package org.pressdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.editor.EditorServices;

/** A real data directory with an administrator, an editor and an office, for the window's tests. */
public final class UiTestData implements AutoCloseable {
    public static final String PASSWORD = "motdepasse-test";

    public final AppServices services;
    public final UserAccount admin;
    public final UserAccount editor;
    public final Office office;
    public final Messages messages = Messages.forLocale(Locale.FRENCH);

    public UiTestData(Path directory) {
        this(AppServices.open(DataDirectory.prepare(directory), settings()));
    }

    /** The same accounts and office in services opened elsewhere (on a test server, say). */
    public UiTestData(AppServices opened) {
        services = opened;
        admin = services.accounts().createFirstAdministrator("admin", "Awa Sangaré", PASSWORD.toCharArray());
        editor = services.accounts().createAccount(admin, "redaction", "Moussa Coulibaly", Role.EDITOR,
                PASSWORD.toCharArray());
        office = services.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                new Office.Letterhead("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi",
                        "Ministère des Affaires étrangères", "Bamako", "", "", ""), ZoneId.of("Africa/Bamako"));
        // built here, as the program builds them before its main window, not on the toolkit's thread in a test
        services.search();
        services.pdfExport();
    }

    /** The same accounts and office on a fresh database of the test PostgreSQL server; {@code local} keeps the rest. */
    public static UiTestData onServer(Path local) {
        org.pressdesk.testing.TestPostgres server = org.pressdesk.testing.TestPostgres.server();
        return new UiTestData(org.pressdesk.app.HeadquartersServer.connect(DataDirectory.prepare(local),
                server.createDatabase(), server.superuser(), settings()));
    }

    /** Quick password hashing and no throttling wait, as the tests use. */
    public static AppServices.Settings settings() {
        return new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), duration -> { });
    }

    public EditorServices editorServices() {
        return new EditorServices(services.communiques(), services.autosaves(), services.offices(),
                services.pdfExport(), new PagePreview());
    }

    @Override
    public void close() {
        services.close();
    }
}
