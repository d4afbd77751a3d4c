package org.pressdesk.demo;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pressdesk.account.AccountService;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.office.OfficeService;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.store.Database;
import org.pressdesk.workflow.ReviewService;

/**
 * Fills a new, empty database with sample offices, accounts and a dozen communiqués written for PressDesk, so that a
 * newcomer sees a working office at once. The accounts get fresh random passwords, and the offices self-signed
 * certificates under one fresh signing password, all returned to be shown once.
 */
public final class DemoSeeder {
    private static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Database database;
    private final AccountService accounts;
    private final OfficeService offices;
    private final CommuniqueService communiques;
    private final ReviewService reviews;
    private final CertificateService certificates;
    private final SecureRandom random = new SecureRandom();

    public DemoSeeder(Database database, AccountService accounts, OfficeService offices,
            CommuniqueService communiques, ReviewService reviews, CertificateService certificates) {
        this.database = database;
        this.accounts = accounts;
        this.offices = offices;
        this.communiques = communiques;
        this.reviews = reviews;
        this.certificates = certificates;
    }

    /** The accounts created, by user name, with their passwords in clear for this one showing. */
    public record Seeded(Map<String, String> passwords, Map<String, Role> roles, int communiques,
            String signingPassword) {
    }

    /** Seeds the demo; refused when the database already has accounts. */
    public Seeded seed() {
        if (accounts.hasAccounts()) {
            throw new PressDeskException("demo.notEmpty");
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        return database.inTransaction(() -> {
            UserAccount admin = accounts.createFirstAdministrator("admin", "Administrateur",
                    password("admin", passwords));
            roles.put("admin", Role.ADMINISTRATOR);
            Map<String, UserAccount> authors = new LinkedHashMap<>();
            authors.put("direction", accounts.createAccount(admin, "direction", "Fatoumata Diallo",
                    Role.MANAGER, password("direction", passwords)));
            roles.put("direction", Role.MANAGER);
            authors.put("redaction", accounts.createAccount(admin, "redaction", "Moussa Coulibaly",
                    Role.EDITOR, password("redaction", passwords)));
            roles.put("redaction", Role.EDITOR);
            DemoOffices.create(offices, admin, BAMAKO);
            String signing = randomPassword();
            for (Office office : offices.list()) {
                certificates.generate(admin, office, signing.toCharArray());
            }
            int count = 0;
            for (DemoItem item : DemoFile.load()) {
                UserAccount author = authors.getOrDefault(item.author(), admin);
                UserAccount reviewer = author.role() == Role.MANAGER ? admin : authors.get("direction");
                add(item, author, reviewer);
                count++;
            }
            return new Seeded(passwords, roles, count, signing);
        });
    }

    /** Writes the item and walks it through the real workflow to its status: submitted by its author, approved by
     * someone else. */
    private void add(DemoItem item, UserAccount author, UserAccount reviewer) {
        Office office = offices.requireByCode(item.officeCode());
        CommuniqueContent content = new CommuniqueContent(item.title(), item.body(), item.genre(), office.id(),
                item.place(), item.date(), "fr");
        long id = communiques.create(author, content).id();
        Status target = item.status();
        if (target == Status.DRAFT) {
            return;
        }
        reviews.submit(author, id);
        if (target == Status.IN_REVIEW) {
            return;
        }
        reviews.approve(reviewer, id, null);
        if (target == Status.PUBLISHED || target == Status.ARCHIVED) {
            reviews.publish(reviewer, id);
        }
        if (target == Status.ARCHIVED) {
            reviews.archive(reviewer, id);
        }
    }

    private char[] password(String user, Map<String, String> passwords) {
        String password = randomPassword();
        passwords.put(user, password);
        return password.toCharArray();
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
