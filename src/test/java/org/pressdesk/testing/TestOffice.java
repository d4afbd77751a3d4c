package org.pressdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.jooq.Table;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.jooq.Tables;

/**
 * A press office on a real H2 file in a temporary directory, built through the real composition root: an
 * administrator, one office, a clock that moves only when told, and a sleeper that records instead of waiting.
 */
public final class TestOffice implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "mot-de-passe-1";
    public static final String OFFICE_CODE = "BIP/MAECI";
    public static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");
    /** Fast enough for tests; production uses {@link PasswordHasher#DEFAULT_ITERATIONS}. */
    public static final int FAST_ITERATIONS = 1_000;

    private final Path dataDirectory;
    private final MutableClock clock;
    private final RecordingSleeper sleeper;
    private final AppServices services;
    private final UserAccount admin;
    private final Office office;

    private TestOffice(Path dataDirectory, MutableClock clock, RecordingSleeper sleeper) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.sleeper = sleeper;
        this.services = TestDatabases.services(dataDirectory, settings(clock, sleeper));
        this.admin = services.accounts().createFirstAdministrator(ADMIN, "Awa Traoré", PASSWORD.toCharArray());
        this.office = services.offices().create(admin, OFFICE_CODE, "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), BAMAKO);
    }

    private TestOffice(Path dataDirectory, TestOffice original) {
        this.dataDirectory = dataDirectory;
        this.clock = new MutableClock(original.clock.instant());
        this.sleeper = new RecordingSleeper();
        this.services = TestDatabases.services(dataDirectory, settings(clock, sleeper));
        this.admin = original.admin;
        this.office = original.office;
    }

    /** Opens a new data directory {@code data} under {@code tempDir} with an administrator and an office. */
    public static TestOffice open(Path tempDir) {
        return new TestOffice(tempDir.resolve("data"), new MutableClock(), new RecordingSleeper());
    }

    /**
     * Copies this office's database, closed beforehand, into {@code tempDir} and opens the copy: a costly set-up made
     * once, then given intact to each test that will damage it.
     */
    public TestOffice copyTo(Path tempDir) {
        Path copy = tempDir.resolve("data");
        if (TestDatabases.onPostgres()) {
            TestDatabases.copyServerDatabase(dataDirectory, copy);
            return new TestOffice(copy, this);
        }
        try {
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(dataDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestOffice(copy, this);
    }

    public static AppServices.Settings settings(java.time.Clock clock, org.pressdesk.account.Sleeper sleeper) {
        return new AppServices.Settings(clock, new PasswordHasher(FAST_ITERATIONS), sleeper);
    }

    /** Opens the services again over the same directory, as a second start of the program would. */
    public AppServices reopen() {
        return TestDatabases.services(dataDirectory, settings(clock, sleeper));
    }

    public AppServices services() {
        return services;
    }

    public UserAccount admin() {
        return admin;
    }

    public Office office() {
        return office;
    }

    public MutableClock clock() {
        return clock;
    }

    public RecordingSleeper sleeper() {
        return sleeper;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public UserAccount addAccount(String username, Role role) {
        return services.accounts().createAccount(admin, username, null, role, PASSWORD.toCharArray());
    }

    public CommuniqueContent content(String title, String body) {
        return new CommuniqueContent(title, body, Genre.PRESS_RELEASE, office.id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr");
    }

    /** Rows in a table, counted with SQL: what is really stored, whatever the services say. */
    public int rows(Table<?> table) {
        return services.database().dsl().fetchCount(table);
    }

    public int auditEvents() {
        return rows(Tables.AUDIT_EVENT);
    }

    @Override
    public void close() {
        services.close();
    }
}
