package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;

class DatabaseMigrationTest {

    private static final List<String> TABLES = List.of("office", "user_account", "communique", "revision",
            "autosave", "tag", "communique_tag", "audit_event", "app_setting");

    @TempDir
    Path tempDir;

    /** "1:foundation:true" for V1__foundation.sql, and so on for every script, in order. */
    private static List<String> allScripts() {
        try (Stream<Path> files = Stream.concat(
                Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/resources/db/vendor/h2")))) {
            return files.map(f -> f.getFileName().toString())
                    .map(n -> n.substring(1, n.length() - 4).split("__", 2))
                    .sorted(Comparator.comparingInt(parts -> Integer.parseInt(parts[0])))
                    // Flyway shows a script name's underscores as spaces
                    .map(parts -> parts[0] + ":" + parts[1].replace('_', ' ') + ":true").toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void openingAFreshDirectoryCreatesTheFileAndTheWholeSchema() {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("new"));
        assertThat(directory.hasDatabase()).isFalse();

        try (Database database = Database.open(directory)) {
            assertThat(directory.hasDatabase()).isTrue();
            assertThat(Files.isRegularFile(tempDir.resolve("new/pressdesk.mv.db"))).isTrue();
            assertThat(tableNames(database)).containsAll(TABLES);
            assertThat(migrations(database)).containsExactlyElementsOf(allScripts());
        }
    }

    @Test
    void reopeningRunsNoMigrationAgainAndKeepsTheData() {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("data"));
        try (Database database = Database.open(directory)) {
            new SettingsRepository(database).put("kept", "yes");
        }

        try (Database database = Database.open(directory)) {
            assertThat(migrations(database)).containsExactlyElementsOf(allScripts());
            assertThat(new SettingsRepository(database).get("kept")).contains("yes");
        }
    }

    @Test
    void aTransactionThatFailsWritesNothing() {
        try (Database database = Database.open(DataDirectory.prepare(tempDir.resolve("tx")))) {
            SettingsRepository settings = new SettingsRepository(database);
            try {
                database.inTransaction(() -> {
                    settings.put("half", "written");
                    throw new IllegalStateException("fails after the first write");
                });
            } catch (IllegalStateException expected) {
                // the point of the test is what remains
            }
            assertThat(settings.get("half")).isEmpty();
        }
    }

    private static List<String> tableNames(Database database) {
        return database.dsl().select(DSL.field("table_name", String.class))
                .from("information_schema.tables")
                .where(DSL.field("table_schema").eq("PUBLIC"))
                .fetch(r -> r.value1().toLowerCase(java.util.Locale.ROOT));
    }

    /** The versioned migrations Flyway applied, as "version:description:success", in order. */
    private static List<String> migrations(Database database) {
        Field<String> version = DSL.field(DSL.quotedName("version"), String.class);
        return database.dsl().select(version, DSL.field(DSL.quotedName("description"), String.class),
                        DSL.field(DSL.quotedName("success"), Boolean.class))
                .from(DSL.table(DSL.quotedName("flyway_schema_history")))
                .where(version.isNotNull())
                .orderBy(DSL.field(DSL.quotedName("installed_rank")))
                .fetch((Record3<String, String, Boolean> r) -> r.value1() + ":" + r.value2() + ":" + r.value3());
    }
}
