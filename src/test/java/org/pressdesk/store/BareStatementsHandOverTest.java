package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.store.jooq.Tables.APP_SETTING;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.Record1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.ChildJvm;

/**
 * Statements run outside a transaction on the shared H2 file, by real processes, while the process serving the file
 * is killed (SIGKILL): this process and another one both run bare reads and bare inserts through the hand-over, and
 * race each other to take the file over. None may fail, and the file must hold every insert that was reported, once.
 * Before {@link BareConnections}, such statements met H2's "Another process was faster" (8000) or "Connection is
 * broken" (90067) instead of waiting, as a sign-in's throttle row once did in {@code crash.SharedFolderTest}.
 */
class BareStatementsHandOverTest {
    @TempDir
    Path tempDir;

    @Test
    void bareReadsAndWritesOfTwoProcessesCarryOnWhileTheServingProcessIsKilled() throws Exception {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("data"));
        Database.open(directory).close(); // the schema, before three processes open the folder at once
        String folder = directory.path().toString();
        List<String> mine = Collections.synchronizedList(new ArrayList<>());
        List<String> theirs;

        try (ChildJvm serving = ChildJvm.start(HoldPressDeskOpen.class, folder)) {
            serving.awaitLine("ready", Duration.ofSeconds(60));
            try (ChildJvm other = ChildJvm.start(BareStatementsWorker.class, folder, "other", "6");
                    Database database = Database.open(directory)) {
                other.awaitLine("ready", Duration.ofSeconds(60));
                Thread loop = new Thread(() -> BareStatementsLoop.run(database, "mine", Duration.ofSeconds(5),
                        mine::add), "bare-statements");
                loop.start();
                Thread.sleep(1_500);
                serving.close(); // SIGKILL: the two others race to serve the file
                loop.join();
                other.awaitLine("done", Duration.ofSeconds(60));
                theirs = other.output().lines().toList();

                Set<String> stored = database.dsl().select(APP_SETTING.SETTING_KEY).from(APP_SETTING)
                        .fetchSet(APP_SETTING.SETTING_KEY);
                List<String> reports = new ArrayList<>(mine);
                reports.addAll(theirs);
                assertThat(reports).filteredOn(line -> line.startsWith("failed")).isEmpty();
                assertThat(reports).filteredOn(line -> line.startsWith("wrote")).as("both processes worked")
                        .anyMatch(line -> line.startsWith("wrote mine-"))
                        .anyMatch(line -> line.startsWith("wrote other-"));
                List<String> reported = reports.stream().filter(line -> line.startsWith("wrote "))
                        .map(line -> line.substring("wrote ".length())).toList();
                assertThat(stored.stream().filter(key -> key.startsWith("mine-") || key.startsWith("other-")))
                        .as("every reported insert is in the file, and nothing else").hasSameElementsAs(reported);
            }
        }
    }

    /**
     * A read's rows come from the serving process in parts as they are read (a hundred at a time): a result read on
     * while that process is killed broke with "IO Exception: EOFException" (90028), where a retry could not help.
     * Found by CI in the test above, whose last select read on while the other process ended.
     */
    @Test
    void aBareReadBringsItsWholeResultSoThatAHandOverCannotCutItInHalf() throws Exception {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("data"));
        try (Database database = Database.open(directory)) {
            for (int i = 0; i < 500; i++) {
                database.dsl().insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, "key-" + i)
                        .set(APP_SETTING.SETTING_VALUE, "value").execute();
            }
        }
        try (ChildJvm serving = ChildJvm.start(HoldPressDeskOpen.class, directory.path().toString());
                Database database = awaitReady(serving, directory)) {
            List<String> keys = new ArrayList<>();
            try (Cursor<Record1<String>> rows = database.dsl().select(APP_SETTING.SETTING_KEY).from(APP_SETTING)
                    .where(APP_SETTING.SETTING_KEY.startsWith("key-")).fetchLazy()) {
                keys.add(rows.fetchNext().value1());
                serving.close(); // SIGKILL, the result half read
                rows.forEach(row -> keys.add(row.value1()));
            }
            assertThat(keys).hasSize(500).doesNotHaveDuplicates();
        }
    }

    private static Database awaitReady(ChildJvm serving, DataDirectory directory) throws InterruptedException {
        serving.awaitLine("ready", Duration.ofSeconds(60));
        return Database.open(directory);
    }
}
