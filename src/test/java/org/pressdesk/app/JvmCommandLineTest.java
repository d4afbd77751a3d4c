package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of {@code java}'s options a second JVM may be given as they are (decision 0069). */
class JvmCommandLineTest {

    @Test
    void theCommandIsSplitAroundTheJar() {
        assertThat(JvmCommandLine.jarCommand(List.of("-Xmx1g", "-Dnote=deux mots", "-jar", "p.jar", "--data", "d")))
                .contains(new JvmCommandLine.JarCommand(List.of("-Xmx1g", "-Dnote=deux mots"), "p.jar"));
        assertThat(JvmCommandLine.jarCommand(List.of("-jar", "p.jar")))
                .contains(new JvmCommandLine.JarCommand(List.of(), "p.jar"));
        assertThat(JvmCommandLine.jarCommand(List.of("-cp", "x.jar", "org.pressdesk.Main"))).isEmpty();
        assertThat(JvmCommandLine.jarCommand(List.of("-jar"))).isEmpty();
    }

    @Test
    void optionsThatMayRunTwiceArePassedOn() {
        List<String> options = List.of("-Xmx512m", "-Xss2m", "-Dpressdesk.startupProbe=true", "-ea",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=25", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info",
                "-Xlog:gc:stdout", "-verbose:gc", "-XX:+UnlockDiagnosticVMOptions");
        List<String> arguments = new java.util.ArrayList<>(options);
        arguments.addAll(List.of("-jar", "p.jar"));
        assertThat(JvmCommandLine.jarCommand(arguments)).map(JvmCommandLine.JarCommand::options).contains(options);
    }

    @Test
    void optionsThatChooseAnArchiveOrMayNotRunTwiceKeepOneJvm() {
        for (String option : List.of("-XX:SharedArchiveFile=a.jsa", "-XX:AOTCache=a.aot", "-Xshare:off",
                "-XX:ArchiveClassesAtExit=a.jsa", "-XX:-UseSharedSpaces", "-XX:+AutoCreateSharedArchive",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar", "-agentpath:/a.so",
                "-Xrunjdwp:transport=dt_socket", "-Xdebug", "-Dcom.sun.management.jmxremote.port=9010",
                "-XX:StartFlightRecording=filename=x.jfr", "-XX:FlightRecorderOptions=repository=/r",
                "-Xlog:gc:gc.log", "-Xlog:gc:file=gc.log", "-XX:VMOptionsFile=o.txt", "-XX:Flags=.hotspotrc",
                "@options.txt", "-XX:+AlwaysPreTouch", "-XX:HeapDumpPath=/d", "-cp")) {
            assertThat(JvmCommandLine.jarCommand(List.of(option, "-jar", "p.jar"))).as(option).isEmpty();
        }
    }

    @Test
    void optionsFromTheEnvironmentCountToo() {
        assertThat(JvmCommandLine.unsafeInEnvironment(Map.of())).isFalse();
        assertThat(JvmCommandLine.unsafeInEnvironment(Map.of("JDK_JAVA_OPTIONS", "-Xmx1g  -Dx=y"))).isFalse();
        assertThat(JvmCommandLine.unsafeInEnvironment(Map.of("JDK_JAVA_OPTIONS", " "))).isFalse();
        assertThat(JvmCommandLine.unsafeInEnvironment(Map.of("JDK_JAVA_OPTIONS",
                "-Xmx1g -XX:SharedArchiveFile=/opt/a.jsa"))).isTrue();
        assertThat(JvmCommandLine.unsafeInEnvironment(Map.of("JAVA_TOOL_OPTIONS", "-javaagent:x.jar"))).isTrue();
        assertThat(JvmCommandLine.environmentOptions(Map.of("JDK_JAVA_OPTIONS", " -Xmx1g  -Dx=y",
                "JAVA_TOOL_OPTIONS", "-XX:-UseCompressedOops"))).containsExactlyInAnyOrder("-Xmx1g", "-Dx=y",
                "-XX:-UseCompressedOops");
        assertThat(JvmCommandLine.unsafeInEnvironment(Map.of("_JAVA_OPTIONS",
                "-agentlib:jdwp=transport=dt_socket,address=5005"))).isTrue();
    }
}
