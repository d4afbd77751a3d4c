package org.pressdesk.installer.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's legal folder: what it gathers, and the disagreements between notices and jars it refuses. */
class GatherLegalTest {
    private static final Path REAL_NOTICES = Path.of("src/main/resources/org/pressdesk/legal/THIRD-PARTY-NOTICES.txt");
    private static final Path REAL_LICENCES = Path.of("installer/legal/licenses");

    @TempDir
    Path directory;
    private Path lib;
    private Path licences;
    private Path out;

    @BeforeEach
    void layout() throws IOException {
        lib = Files.createDirectories(directory.resolve("lib"));
        licences = Files.createDirectories(directory.resolve("licenses"));
        out = directory.resolve("legal");
        Files.writeString(licences.resolve("Apache-2.0.txt"), "Apache License");
        jar("widgets-1.2.0.jar", "META-INF/LICENSE", "widgets licence", "META-INF/NOTICE.txt", "widgets notice",
                "org/example/License.class", "not a licence");
        jar("natives-21.0.1-linux.jar", "lib/readme.txt", "nothing legal");
    }

    @Test
    void gathersNoticesLicenceTextsAndEachJarsOwnFiles() throws IOException {
        Path notices = notices("""
                Widgets
                  Artifacts: org.example:widgets,
                             org.example:natives
                  Text:      licenses/Apache-2.0.txt, third-party/widgets/META-INF/NOTICE.txt
                """);
        GatherLegal.gather(notices, licences, lib, out);
        assertThat(out.resolve("THIRD-PARTY-NOTICES.txt")).hasSameTextualContentAs(notices);
        assertThat(out.resolve("licenses/Apache-2.0.txt")).hasContent("Apache License");
        assertThat(out.resolve("third-party/widgets/META-INF/LICENSE")).hasContent("widgets licence");
        assertThat(out.resolve("third-party/widgets/org/example/License.class")).doesNotExist();
        assertThat(out.resolve("third-party/natives")).doesNotExist();
    }

    @Test
    void aBundledJarTheNoticesDoNotNameFailsTheBuildAndSaysWhatToAdd() throws IOException {
        Path notices = notices("""
                Widgets
                  Artifacts: org.example:widgets
                  Text:      licenses/Apache-2.0.txt
                """);
        assertThatThrownBy(() -> GatherLegal.gather(notices, licences, lib, out))
                .hasMessageContaining("natives-21.0.1-linux.jar is bundled but the notices do not name natives");
    }

    @Test
    void aStaleEntryOrAMissingTextFailsTheBuild() throws IOException {
        Path notices = notices("""
                Widgets
                  Artifacts: org.example:widgets, org.example:natives, org.example:gone
                  Text:      licenses/MIT.txt
                """);
        assertThatThrownBy(() -> GatherLegal.gather(notices, licences, lib, out))
                .hasMessageContaining("the notices name gone but no such jar is bundled")
                .hasMessageContaining("Widgets cites licenses/MIT.txt, which is not in the legal folder");
    }

    @Test
    void theRealNoticesCiteOnlyLicenceTextsThatExist() throws IOException {
        ThirdPartyNotices real = ThirdPartyNotices.parse(Files.readString(REAL_NOTICES, StandardCharsets.UTF_8));
        assertThat(real.artifactIds()).contains("javafx-graphics", "h2", "openpdf-fonts-extra", "logback-core");
        for (ThirdPartyNotices.Component component : real.components()) {
            assertThat(component.texts()).as(component.name()).isNotEmpty();
            component.texts().stream().filter(text -> text.startsWith("licenses/"))
                    .forEach(text -> assertThat(REAL_LICENCES.resolve(text.substring("licenses/".length())))
                            .as(component.name()).isRegularFile());
        }
    }

    @Test
    void jarNamesGiveTheArtifactWhateverTheVersionLooksLike() {
        assertThat(BundledJar.of(Path.of("r2dbc-spi-1.0.0.RELEASE.jar")).artifactId()).isEqualTo("r2dbc-spi");
        assertThat(BundledJar.of(Path.of("lucene-analysis-common-9.12.3.jar")).artifactId())
                .isEqualTo("lucene-analysis-common");
        assertThat(BundledJar.of(Path.of("javafx-base-21.0.11-linux.jar")).artifactId()).isEqualTo("javafx-base");
        assertThat(BundledJar.of(Path.of("jackson-annotations-2.23.jar")).version()).isEqualTo("2.23");
    }

    private Path notices(String text) throws IOException {
        return Files.writeString(directory.resolve("NOTICES.txt"), text);
    }

    private void jar(String name, String... entriesAndContents) throws IOException {
        try (OutputStream file = Files.newOutputStream(lib.resolve(name));
                JarOutputStream jar = new JarOutputStream(file)) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                jar.putNextEntry(new JarEntry(entriesAndContents[i]));
                jar.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }
}
