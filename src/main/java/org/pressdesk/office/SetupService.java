package org.pressdesk.office;

import java.time.ZoneId;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.HeaderLayout;
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

    /**
     * The first office: its code (the signature, "BIP/MAECI"), its name, the time zone its dates are written in and
     * its letterhead; a letterhead left null or blank gets {@link #defaultLetterhead}.
     */
    public record FirstOffice(String code, String name, ZoneId timeZone, Office.Letterhead letterhead) {
        public FirstOffice(String code, String name, ZoneId timeZone) {
            this(code, name, timeZone, null);
        }
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
        Office.Letterhead letterhead = office.letterhead() == null || isBlank(office.letterhead())
                ? defaultLetterhead(office.timeZone()) : office.letterhead();
        offices.create(admin, office.code(), office.name(), letterhead, office.timeZone());
    }

    /**
     * What a first office's paper carries when nobody filled its letterhead in: the office's name centred under a
     * rule (the layout prints the name), the city of its time zone for the dateline, and "FIN" under the text.
     */
    public static Office.Letterhead defaultLetterhead(ZoneId zone) {
        String id = zone.getId();
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        return new Office.Letterhead("", "", "", city, "", "", "", HeaderLayout.CENTERED, null,
                Office.Letterhead.DEFAULT_END_MARK);
    }

    private static boolean isBlank(Office.Letterhead letterhead) {
        return java.util.stream.Stream.of(letterhead.countryName(), letterhead.motto(), letterhead.ministry(),
                letterhead.city(), letterhead.address(), letterhead.contact(), letterhead.footer())
                .allMatch(text -> text == null || text.isBlank()) && letterhead.logo() == null;
    }
}
