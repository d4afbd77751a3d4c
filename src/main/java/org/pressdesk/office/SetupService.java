package org.pressdesk.office;

import java.time.ZoneId;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.Database;

/**
 * The first start of a new database: its administrator and its first office, together or not at all, whether the
 * window or the command line asks.
 */
public final class SetupService {
    private final Database database;
    private final AccountService accounts;
    private final OfficeService offices;

    public SetupService(Database database, AccountService accounts, OfficeService offices) {
        this.database = database;
        this.accounts = accounts;
        this.offices = offices;
    }

    /** The first office: its code, its name and the time zone its dates are written in. */
    public record FirstOffice(String code, String name, ZoneId timeZone) {
    }

    /** Creates the first administrator and the first office in one transaction; returns the administrator. */
    public UserAccount initialise(String username, String displayName, char[] password, FirstOffice office) {
        return database.inTransaction(() -> {
            UserAccount admin = accounts.createFirstAdministrator(username, displayName, password);
            createOffice(admin, office);
            return admin;
        });
    }

    /**
     * Creates the first office of an encrypted database, whose administrator was created with its key slot before
     * the database could be opened.
     */
    public void initialise(UserAccount admin, FirstOffice office) {
        database.inTransaction(() -> createOffice(admin, office));
    }

    private void createOffice(UserAccount admin, FirstOffice office) {
        offices.create(admin, office.code(), office.name(), Office.Letterhead.empty(), office.timeZone());
    }
}
