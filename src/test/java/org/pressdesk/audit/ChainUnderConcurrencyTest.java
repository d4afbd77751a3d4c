package org.pressdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.testing.TestPostgres;

/**
 * Many saves committing at once append to the one audit chain in a total order: after sixteen threads of fifty saves
 * each (the entries a save records at its commit, some with an entry recorded at once in the same transaction), the
 * chain verifies intact, holds every entry, and no two entries share a predecessor (no fork). Real saves on many
 * desktops at once are in {@code headquarters.ServerConcurrencyTest}. On
 * the shared PostgreSQL server the server links each entry (decision 0045); on the H2 file, the Java side does.
 */
class ChainUnderConcurrencyTest {
    private static final char[] PASSWORD = "motdepasse-test".toCharArray();
    private static final int THREADS = 16;
    private static final int SAVES_EACH = 50;

    @TempDir
    Path tempDir;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void sixteenDesktopThreadsSavingAtOnceOnTheServerLeaveOneChainWithoutForks() throws Exception {
        TestPostgres server = TestPostgres.server();
        ServerAddress address = server.createDatabase();
        List<AppServices> desks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AppServices desk = AppServices.open(DataDirectory.prepare(tempDir.resolve("poste" + i)),
                    Database.connect(address, server.superuser(), Database.Schema.MIGRATE),
                    new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
            opened.add(desk::close);
            desks.add(desk);
        }
        AppServices first = desks.get(0);
        UserAccount admin = first.accounts().createFirstAdministrator("admin", "Awa", PASSWORD);

        long added = saveAtOnce(desks, first, admin, THREADS, SAVES_EACH);

        assertOneChainHolding(first, added, THREADS * SAVES_EACH * 3 / 2);
    }

    @Test
    void sixteenThreadsSavingAtOnceOnTheFileLeaveOneChainWithoutForks() throws Exception {
        TestOffice office = TestOffice.open(tempDir);
        opened.add(office);
        AppServices services = office.services();

        long added = saveAtOnce(List.of(services), services, office.admin(), 8, 20);

        assertOneChainHolding(services, added, 8 * 20 * 3 / 2);
    }

    /** Has {@code count} threads record {@code each} entries at once; answers how many entries the chain gained. */
    private long saveAtOnce(List<AppServices> desks, AppServices first, UserAccount admin, int count, int each)
            throws Exception {
        List<UserAccount> editors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            editors.add(first.accounts().createAccount(admin, "redacteur" + i, null, Role.EDITOR, PASSWORD));
        }
        long before = entries(first);
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            AppServices desk = desks.get(t % desks.size());
            UserAccount editor = editors.get(t);
            work.add(threads.submit(() -> {
                start.await();
                for (int s = 0; s < each; s += 2) {
                    // what a save records (at its commit), and an entry recorded at once in the same transaction
                    int save = s;
                    desk.audit().recordAtCommit(editor, AuditKind.COMMUNIQUE_SAVED, null, "save=" + save);
                    desk.database().inTransaction(() -> {
                        desk.audit().recordAtCommit(editor, AuditKind.COMMUNIQUE_SAVED, null, "save=" + (save + 1));
                        desk.audit().record(editor, AuditKind.COMMENTED, null, "save=" + (save + 1));
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        threads.shutdown();
        return entries(first) - before;
    }

    private static void assertOneChainHolding(AppServices services, long added, int expected) {
        long entries = entries(services);
        assertThat(services.auditVerifier().verify().intact()).isTrue();
        assertThat(added).isEqualTo(expected);
        assertThat(count(services, "select count(distinct previous_hash) from audit_event")).isEqualTo(entries);
        assertThat(count(services, "select count(distinct hash) from audit_event")).isEqualTo(entries);
    }

    private static long entries(AppServices services) {
        return count(services, "select count(*) from audit_event");
    }

    private static long count(AppServices services, String query) {
        return ((Number) services.database().dsl().fetchValue(query)).longValue();
    }
}
