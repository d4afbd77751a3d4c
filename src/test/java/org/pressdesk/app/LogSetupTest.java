package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.OwnerOnlyFiles;

class LogSetupTest {
    @TempDir
    Path tempDir;

    @Test
    void theLogFolderIsCreatedForItsOwnerOnlyAndOldLogsAreTightened() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path logs = Files.createDirectories(tempDir.resolve("state").resolve("logs"));
        Path old = Files.writeString(logs.resolve("pressdesk.log"), "INFO signed in\n");
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Path fresh = tempDir.resolve("fresh").resolve("logs");

        LogSetup.prepareOwnerOnly(logs);
        LogSetup.prepareOwnerOnly(fresh);

        assertThat(Files.getPosixFilePermissions(logs)).isEqualTo(OwnerOnlyFiles.FOLDER);
        assertThat(Files.getPosixFilePermissions(old)).isEqualTo(OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(OwnerOnlyFiles.FOLDER);
    }

    @Test
    void theLogFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/awa");
        assertThat(LogSetup.logDirectory("Linux", java.util.Map.of(), home))
                .isEqualTo(home.resolve(".local/state/pressdesk/logs"));
    }
}
