package org.pressdesk.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.signing.CertificateService;

/**
 * A child process for {@link KilledImportTest}: opens the data directory {@code args[0]}, imports the exchange file
 * {@code args[1]} as {@code args[2]}, and stops inside the import's transaction (every record written, nothing
 * committed) the moment the audit trail asks the time: it says "inside the transaction" and waits to be killed.
 */
public final class ImportUntilKilled {
    private ImportUntilKilled() {
    }

    public static void main(String[] args) {
        ArmedClock clock = new ArmedClock();
        AppServices services = AppServices.open(DataDirectory.prepare(Path.of(args[0])), new AppServices.Settings(
                clock, new PasswordHasher(1_000), duration -> { }, new CertificateService.Strength(1_000, 2048)));
        UserAccount admin = services.accounts().signIn(args[2], Installation.PASSWORD.toCharArray());
        clock.armed = true;
        services.exchangeImport().importFile(admin, Path.of(args[1]));
        System.out.println("committed");
    }

    /** The second time it is asked once armed (the audit entry, last thing before the commit), it blocks. */
    private static final class ArmedClock extends Clock {
        volatile boolean armed;
        private int calls;

        @Override
        public Instant instant() {
            if (armed && ++calls == 2) {
                System.out.println("inside the transaction");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
