package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.ChildJvm;
import org.pressdesk.testing.MutableClock;

/** An import killed (SIGKILL) in the middle of its transaction leaves the receiver exactly as before. */
class KilledImportTest {
    @TempDir
    Path temp;

    @Test
    void anImportKilledHalfwayWritesNothingAndTheSameFileImportsAfterwards() throws Exception {
        MutableClock clock = new MutableClock();
        Installation hq = Installation.open(temp, "hq", true, clock);
        Path file;
        try (Installation field = Installation.open(temp, "field", false, clock)) {
            Installation.pair(hq, field);
            for (int i = 0; i < 20; i++) {
                field.create("Communiqué " + i, "Texte " + i + ".");
            }
            file = field.send(hq, temp);
        }
        long auditBefore = auditBesidesSignIns(hq);
        hq.close();

        try (ChildJvm child = ChildJvm.start(ImportUntilKilled.class, temp.resolve("hq").toString(),
                file.toString(), "hq-admin")) {
            child.awaitLine("inside the transaction", Duration.ofSeconds(60));
        }

        try (Installation reopened = Installation.reopen(temp, "hq", clock)) {
            assertThat(reopened.services.communiques().count("")).isZero();
            assertThat(count(reopened, "revision")).isZero();
            assertThat(count(reopened, "exchange_file")).isZero();
            assertThat(auditBesidesSignIns(reopened)).isEqualTo(auditBefore);
            assertThat(count(reopened, "exchange_remote_audit")).isZero();
            assertThat(reopened.services.auditVerifier().verify().intact()).isTrue();

            assertThat(reopened.receive(file).newCommuniques()).isEqualTo(20);
            assertThat(reopened.services.auditVerifier().verify().intact()).isTrue();
        }
    }

    /** The child and the reopening each sign in, which the trail records; nothing else may appear. */
    private static long auditBesidesSignIns(Installation at) {
        return at.services.database().dsl().fetchCount(org.jooq.impl.DSL.table("audit_event"),
                org.jooq.impl.DSL.field("kind").ne("SIGN_IN"));
    }

    private static long count(Installation at, String table) {
        return at.services.database().dsl().fetchCount(org.jooq.impl.DSL.table(table));
    }
}
