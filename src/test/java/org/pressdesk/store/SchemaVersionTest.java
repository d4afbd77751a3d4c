package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.DataDirectory;

class SchemaVersionTest {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void latestNamesTheNewestMigrationScript() throws IOException {
        int newest;
        try (Stream<Path> scripts = Stream.of("migration", "vendor/h2", "vendor/postgresql")
                .flatMap(SchemaVersionTest::list)) {
            newest = scripts.map(p -> SCRIPT.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaVersion.LATEST).isEqualTo(newest);
    }

    private static Stream<Path> list(String folder) {
        try {
            return Files.list(Path.of("src/main/resources/db", folder));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMigratedDatabaseIsCurrentAndAnEmptyOneIsNot(@TempDir Path directory) {
        DataDirectory data = DataDirectory.prepare(directory);
        org.h2.jdbcx.JdbcConnectionPool empty = org.h2.jdbcx.JdbcConnectionPool.create(
                "jdbc:h2:file:" + directory.resolve("empty"), "sa", "");
        try {
            assertThat(SchemaVersion.isCurrent(empty)).isFalse();
        } finally {
            empty.dispose();
        }
        try (Database database = Database.open(data)) {
            assertThat(SchemaVersion.isCurrent(database.dataSource())).isTrue();
        }
    }
}
