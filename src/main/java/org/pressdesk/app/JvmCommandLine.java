package org.pressdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line {@code java} was given, read to start the same program in a second JVM (decision 0069): the
 * options before {@code -jar}, when each of them may run twice at once. Options that open a port (a debugger, JMX),
 * write a file at exit (a flight recording, a log file), load an agent or read more options from a file are not
 * repeated: the program then starts in one JVM, as before.
 */
final class JvmCommandLine {
    /** Options by which the person chose an archive, an ahead-of-time cache or sharing. */
    static final List<String> CHOSEN = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-Xshare", "-XX:AOT", "-XX:+AutoCreateSharedArchive",
            "-XX:-AutoCreateSharedArchive", "-XX:+RecordDynamicDumpInfo", "-XX:-UseSharedSpaces",
            "-XX:+UseSharedSpaces");
    /** Options that may run in two JVMs at once: sizes, collectors, compilers, assertions, modules, properties. */
    private static final List<String> SAFE = List.of("-D", "-Xmx", "-Xms", "-Xss", "-Xmn", "-ea", "-da", "-esa",
            "-dsa", "-enableassertions", "-disableassertions", "-enablesystemassertions", "-disablesystemassertions",
            "--add-opens=", "--add-exports=", "--add-reads=", "--add-modules=", "--enable-native-access=",
            "--enable-preview", "-verbose:", "-XX:+Use", "-XX:-Use", "-XX:MaxRAM", "-XX:InitialRAM", "-XX:MinRAM",
            "-XX:MaxHeapSize=", "-XX:InitialHeapSize=", "-XX:MinHeapSize=", "-XX:SoftMaxHeapSize=",
            "-XX:MaxMetaspaceSize=", "-XX:MetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:MaxDirectMemorySize=",
            "-XX:TieredStopAtLevel=", "-XX:+TieredCompilation", "-XX:-TieredCompilation", "-XX:CICompilerCount=",
            "-XX:ActiveProcessorCount=", "-XX:ParallelGCThreads=", "-XX:ConcGCThreads=", "-XX:G1",
            "-XX:MaxGCPauseMillis=", "-XX:GCTimeRatio=", "-XX:MinHeapFreeRatio=", "-XX:MaxHeapFreeRatio=",
            "-XX:+UnlockExperimentalVMOptions", "-XX:+UnlockDiagnosticVMOptions", "-XX:+ExitOnOutOfMemoryError",
            "-XX:TrimNativeHeapInterval=");
    /** Properties that open a port or name a file both JVMs would use. */
    private static final List<String> SHARED_PROPERTIES = List.of("-Dcom.sun.management", "-Djava.rmi.server");
    /** Options whose value may be the next word. */
    private static final Set<String> TAKES_VALUE = Set.of("--add-opens", "--add-exports", "--add-reads",
            "--add-modules", "--enable-native-access");

    private static final List<String> ENVIRONMENT = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    private JvmCommandLine() {
    }

    /** What {@code java} was asked, split around {@code -jar}: the JVM's options and the jar as written. */
    record JarCommand(List<String> options, String jar) {
    }

    /**
     * The options before {@code -jar} and the jar; empty when there is no {@code -jar}, or when an option chose an
     * archive, or may not run twice.
     */
    static Optional<JarCommand> jarCommand(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        if (jar < 0 || jar + 1 >= arguments.size()) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(0, jar);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (TAKES_VALUE.contains(option) && i + 1 < options.size() && !options.get(i + 1).startsWith("-")) {
                i++; // the value, as in --add-opens java.base/java.lang=ALL-UNNAMED
            } else if (!safeTwice(option)) {
                return Optional.empty();
            }
        }
        return Optional.of(new JarCommand(List.copyOf(options), arguments.get(jar + 1)));
    }

    /** True when {@code option} may be given to two JVMs running at once, and chooses no archive. */
    static boolean safeTwice(String option) {
        if (startsWithAny(option, CHOSEN) || startsWithAny(option, SHARED_PROPERTIES)) {
            return false;
        }
        if (option.equals("-Xlog") || option.startsWith("-Xlog:")) {
            // -Xlog:WHAT[:OUTPUT[:DECORATIONS…]]: only to the terminal, not to a file both would write
            String[] parts = option.split(":", -1);
            return parts.length <= 2 || parts[2].isEmpty() || parts[2].equals("stdout") || parts[2].equals("stderr");
        }
        return startsWithAny(option, SAFE);
    }

    /** The options the JVM takes from the environment, which the second JVM takes too. */
    static List<String> environmentOptions(Map<String, String> env) {
        List<String> options = new ArrayList<>();
        for (String variable : ENVIRONMENT) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(List.of(value.trim().split("\\s+")));
            }
        }
        return options;
    }

    /** True when the options the JVM takes from the environment choose an archive or may not run twice. */
    static boolean unsafeInEnvironment(Map<String, String> env) {
        List<String> options = new ArrayList<>(environmentOptions(env));
        options.addAll(List.of("-jar", "x")); // held to the same rules as the options before a jar
        return jarCommand(options).isEmpty();
    }

    /** Loops rather than streams: this runs before the window, where the JVM's first lambda costs 10 ms. */
    private static boolean startsWithAny(String option, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (option.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
