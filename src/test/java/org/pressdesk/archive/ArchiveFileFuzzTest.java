package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.testing.FuzzOutcome;

/**
 * Any bytes given as an archive file (text in any encoding, a Word document, or neither) are read into communiqués
 * that respect the content rules, or refused with a translated reason; the reader never throws. The committed
 * corpus (ArchiveFileFuzzTestInputs) runs in every {@code mvn test}; {@code JAZZER_FUZZ=1} explores further
 * (docs/benchmarks.md, "Fuzzing").
 */
public class ArchiveFileFuzzTest {
    private static Path directory;
    private static ArchiveFixture fixture;
    private static ArchiveReader reader;

    @BeforeAll
    static void open() throws IOException {
        directory = Files.createTempDirectory("pressdesk-fuzz-archive");
        fixture = new ArchiveFixture(directory.resolve("data"));
        reader = new ArchiveReader(fixture.services.understanding(), 1024 * 1024);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @FuzzTest(maxDuration = "5s")
    void anyFileIsReadOrRefusedWithAReason(byte[] bytes) throws IOException {
        Path file = Files.write(directory.resolve("archive.txt"), bytes);

        ParsedFile parsed = reader.read(List.of(file)).get(0);

        parsed.notices().forEach(notice -> FuzzOutcome.assertTranslated(notice.key()));
        for (ParsedItem item : parsed.items()) {
            item.notices().forEach(notice -> FuzzOutcome.assertTranslated(notice.key()));
            if (!item.hasErrors()) {
                assertThat(item.title().strip()).isNotEmpty().hasSizeLessThanOrEqualTo(
                        CommuniqueContent.MAX_TITLE_LENGTH);
                assertThat(item.body().length()).isBetween(1, CommuniqueContent.MAX_BODY_LENGTH);
            }
        }
    }

    /** The entry points of Jazzer's command line, for runs longer than the suite's (docs/benchmarks.md). */
    public static void fuzzerInitialize() throws IOException {
        open();
    }

    public static void fuzzerTestOneInput(byte[] bytes) throws IOException {
        new ArchiveFileFuzzTest().anyFileIsReadOrRefusedWithAReason(bytes);
    }
}
