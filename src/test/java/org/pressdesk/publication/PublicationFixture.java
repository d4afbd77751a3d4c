package org.pressdesk.publication;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Logo;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.testing.TestDatabases;

/**
 * A real data directory (H2 through the real migrations) with an administrator, an editor, a manager and the
 * Malian foreign ministry's press office with its logo; the clock starts on 3 February 2026 at 09:00 in Bamako.
 * Signing keys are weaker than in production (fewer PBKDF2 rounds, RSA 2048) to keep tests quick.
 */
public final class PublicationFixture implements AutoCloseable {
    public static final String PASSWORD = "motdepasse-test";
    public static final char[] SIGNING_PASSWORD = "signature-du-bureau".toCharArray();
    public static final Instant START = Instant.parse("2026-02-03T09:00:00Z");

    public final SettableClock clock = new SettableClock(START);
    public final AppServices services;
    public final UserAccount admin;
    public final UserAccount editor;
    public final UserAccount manager;
    public final Office office;
    public final Messages messages = Messages.forLocale(Locale.FRENCH);

    public PublicationFixture(Path directory) {
        services = TestDatabases.services(directory, new AppServices.Settings(clock,
                new PasswordHasher(1_000), duration -> { }, new CertificateService.Strength(1_000, 2048)));
        admin = services.accounts().createFirstAdministrator("admin", "Awa Sangaré", PASSWORD.toCharArray());
        editor = services.accounts().createAccount(admin, "redaction", "Moussa Coulibaly", Role.EDITOR,
                PASSWORD.toCharArray());
        manager = services.accounts().createAccount(admin, "direction", "Fatoumata Diarra", Role.MANAGER,
                PASSWORD.toCharArray());
        office = services.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                letterhead(HeaderLayout.TWO_COLUMN, logo()), ZoneId.of("Africa/Bamako"));
    }

    public static Office.Letterhead letterhead(HeaderLayout layout, Logo logo) {
        return new Office.Letterhead("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi",
                "Ministère des Affaires étrangères et de la Coopération internationale", "Bamako",
                "Koulouba, BP 234, Bamako", "Tél. : +223 20 22 83 14 – bip@diplomatie.gouv.ml",
                "www.diplomatie.gouv.ml", layout, logo, "FIN");
    }

    /** A small coat of arms: a green, gold and red shield on a transparent ground, as a PNG. */
    public static Logo logo() {
        BufferedImage image = new BufferedImage(120, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 150, 60));
        g.fillRect(10, 10, 34, 100);
        g.setColor(new Color(250, 200, 20));
        g.fillRect(44, 10, 33, 100);
        g.setColor(new Color(210, 30, 40));
        g.fillRect(77, 10, 33, 100);
        g.fillOval(40, 100, 40, 36);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logo(png.toByteArray(), Logo.PNG);
    }

    public CommuniqueContent content(String title, String body, Instant embargo) {
        return new CommuniqueContent(title, body, Genre.PRESS_RELEASE, office.id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr", embargo, BodyFormat.MARKDOWN);
    }

    /** Written by the editor, submitted, approved by the manager. */
    public Communique approved(CommuniqueContent content) {
        Communique created = services.communiques().create(editor, content);
        services.reviews().submit(editor, created.id());
        return services.reviews().approve(manager, created.id(), null);
    }

    public Communique published(CommuniqueContent content) {
        Communique approved = approved(content);
        return services.reviews().publish(manager, approved.id());
    }

    /** Generates the office's certificate; its key is then unlocked for this session. */
    public void certify() {
        services.certificates().generate(admin, office, SIGNING_PASSWORD);
    }

    @Override
    public void close() {
        services.close();
    }
}
