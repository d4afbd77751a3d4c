package org.pressdesk.headquarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestPostgres;

/**
 * On the shared server a manager's approval does not wait for colleagues who are creating communiqués of the same
 * office. Creating one refers to the office's row (its foreign key), which PostgreSQL marks with a key-share lock
 * until the commit; the approval's reference number takes the office's turn. Taken "for update", that turn waited
 * for every such creation, and under a steady stream of them (the load benchmark's saturation) it waited about 30 s,
 * until the stream stopped. The turn is now taken "for no key update", which a key-share lock does not hold up.
 */
class ApprovalBesideSavesTest {
    private static final char[] PASSWORD = "motdepasse-test".toCharArray();

    @TempDir
    Path tempDir;
    private TestPostgres server;
    private ServerAddress address;
    private AppServices editorDesk;
    private AppServices managerDesk;
    private UserAccount editor;
    private UserAccount manager;
    private Office office;

    @BeforeEach
    void setUp() {
        server = TestPostgres.server();
        address = server.createDatabase();
        editorDesk = desk("redaction");
        UserAccount admin = editorDesk.accounts().createFirstAdministrator("admin", "Awa", PASSWORD);
        office = editorDesk.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        editor = editorDesk.accounts().createAccount(admin, "redaction", null, Role.EDITOR, PASSWORD);
        manager = editorDesk.accounts().createAccount(admin, "direction", null, Role.MANAGER, PASSWORD);
        managerDesk = desk("direction");
    }

    private AppServices desk(String name) {
        return AppServices.open(DataDirectory.prepare(tempDir.resolve(name)),
                Database.connect(address, server.superuser(), Database.Schema.MIGRATE),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
    }

    @AfterEach
    void close() {
        editorDesk.close();
        managerDesk.close();
    }

    private CommuniqueContent content(String title) {
        return new CommuniqueContent(title, "Le Ministre a reçu en audience.", Genre.PRESS_RELEASE, office.id(),
                "Bamako", LocalDate.of(2026, 12, 3), "fr");
    }

    @Test
    void anApprovalDoesNotWaitForAColleagueCreatingACommuniqueOfTheSameOffice() throws Exception {
        Communique submitted = editorDesk.communiques().create(editor, content("Audience"));
        editorDesk.reviews().submit(editor, submitted.id());
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch approved = new CountDownLatch(1);
        ExecutorService colleague = Executors.newSingleThreadExecutor();
        try {
            Future<Communique> creating = colleague.submit(() -> editorDesk.database().inTransaction(() -> {
                Communique draft = editorDesk.communiques().create(editor, content("Visite"));
                created.countDown();
                try {
                    approved.await(20, TimeUnit.SECONDS); // the colleague's transaction stays open meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return draft;
            }));
            assertThat(created.await(30, TimeUnit.SECONDS)).isTrue();

            long began = System.nanoTime();
            Communique done = managerDesk.reviews().approve(manager, submitted.id(), null);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            approved.countDown();

            assertThat(done.status()).isEqualTo(Status.APPROVED);
            assertThat(done.reference()).as("numbered while the colleague's creation was still open").isNotNull();
            assertThat(tookMs).as("the approval did not wait for the colleague's commit").isLessThan(10_000);
            assertThat(creating.get(30, TimeUnit.SECONDS).id()).isPositive();
        } finally {
            approved.countDown();
            colleague.shutdownNow();
        }
    }
}
