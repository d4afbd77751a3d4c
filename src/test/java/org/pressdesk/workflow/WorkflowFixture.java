package org.pressdesk.workflow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.TestDatabases;

/** A press office with an author, another editor, two managers and an administrator, on a real database. */
final class WorkflowFixture implements AutoCloseable {
    static final char[] PASSWORD = "motdepasse-test".toCharArray();

    final AppServices services;
    final UserAccount admin;
    final UserAccount author;
    final UserAccount otherEditor;
    final UserAccount manager;
    final UserAccount chief;
    final Office office;

    WorkflowFixture(Path directory) {
        services = TestDatabases.services(directory,
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
        admin = services.accounts().createFirstAdministrator("admin", "Awa Sangaré", PASSWORD);
        author = services.accounts().createAccount(admin, "auteur", "Moussa Coulibaly", Role.EDITOR, PASSWORD);
        otherEditor = services.accounts().createAccount(admin, "autre", "Ina Keïta", Role.EDITOR, PASSWORD);
        manager = services.accounts().createAccount(admin, "direction", "Fatoumata Diallo", Role.MANAGER, PASSWORD);
        chief = services.accounts().createAccount(admin, "chef", "Oumar Touré", Role.MANAGER, PASSWORD);
        office = services.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        services.certificates().generate(admin, office, PASSWORD);
    }

    UserAccount actor(Role role) {
        return switch (role) {
            case EDITOR -> otherEditor;
            case MANAGER -> manager;
            case ADMINISTRATOR -> admin;
        };
    }

    CommuniqueContent content(String body) {
        return new CommuniqueContent("Audience du Ministre", body, Genre.AUDIENCE_REPORT, office.id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr");
    }

    /** A communiqué written by the author and walked by the chief to {@code status}. */
    Communique inStatus(Status status) {
        Communique c = services.communiques().create(author, content("Le Ministre a reçu en audience…"));
        ReviewService reviews = services.reviews();
        if (status == Status.DRAFT) {
            return c;
        }
        c = reviews.submit(author, c.id());
        if (status == Status.IN_REVIEW) {
            return c;
        }
        c = reviews.approve(chief, c.id(), null);
        if (status == Status.APPROVED) {
            return c;
        }
        c = reviews.publish(chief, c.id());
        return status == Status.PUBLISHED ? c : reviews.archive(chief, c.id());
    }

    @Override
    public void close() {
        services.close();
    }
}
