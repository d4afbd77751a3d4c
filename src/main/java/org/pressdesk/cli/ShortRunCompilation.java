package org.pressdesk.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.LoggerFactory;

/**
 * An everyday command lasts a second or two, and in so short a run HotSpot's optimising compiler (C2) costs more than
 * its code gives back: on two cores it took 1.6 s of CPU of the 3.6 s that {@code list --json} on 10,000 communiqués
 * spent, competing with the command for the second core (issue 14). The command asks the JVM, through its diagnostic
 * command bean, to leave C2 out and compile with C1 alone, except the hash and cipher code of the sign-in and of an
 * encrypted database (the JDK's providers, and H2's own AES over the file's pages): C2's SHA-256 intrinsic is what
 * makes 210,000 PBKDF2 iterations take 0.07 s instead of 0.3 s. Commands that may run long ({@code export --all},
 * {@code search} rebuilding its index, an import) are left as Java chose. The installed launcher chooses its compilers
 * on its command line (decision 62), and so may anyone who starts Java by hand: a compiler option given there is left
 * alone. Decision 0068.
 */
public final class ShortRunCompilation {
    /**
     * Compiler directives (HotSpot's JSON-like format): the first that matches a method applies. Hash and cipher code
     * keeps both compilers; everything else is compiled by C1 only.
     */
    static final String DIRECTIVES = """
            [
              {
                match: ["org/pressdesk/local/Pbkdf2.*", "java/security/MessageDigest*.*",
                        "sun/security/provider/*.*", "com/sun/crypto/provider/*.*", "javax/crypto/*.*",
                        "org/h2/security/*.*", "org/h2/store/fs/encrypt/*.*"],
                c2: { Exclude: false }
              },
              {
                match: "*.*",
                c2: { Exclude: true }
              }
            ]
            """;
    /** The everyday commands that do one short thing (of {@link EarlyOpening#EVERYDAY}, not export and search). */
    static final Set<String> SHORT = Set.of("list", "show", "new", "edit", "history", "comments", "tags",
            "tag", "submit", "withdraw", "approve", "request-changes", "publish", "archive", "conflicts", "resolve");
    /** Java options that choose the compilers: given on the command line, they are left alone. */
    private static final List<String> COMPILER_OPTIONS = List.of("TieredStopAtLevel", "TieredCompilation",
            "CompilationMode", "CompilerDirectivesFile");

    private ShortRunCompilation() {
    }

    /**
     * For a short everyday command ({@code list}, {@code show}, {@code approve}…), restrains the compiler on a thread
     * of its own, so that the command does not wait for the management beans to load; any other command runs as Java
     * chose.
     */
    public static void beginFor(String... args) {
        if (!isShortRun(args)) {
            return;
        }
        Thread thread = new Thread(ShortRunCompilation::restrain, "pressdesk-compilation");
        thread.setDaemon(true);
        thread.start();
    }

    /** True when {@code args} name a command that opens, signs in, does one short thing and exits. */
    static boolean isShortRun(String... args) {
        int command = Commands.nameAt(args);
        return command >= 0 && SHORT.contains(args[command]);
    }

    /**
     * Adds the directives to this JVM, unless its compilers were chosen on its command line; returns the JVM's answer
     * ("2 compiler directives added"), empty when it was left as it was (also on a JVM without HotSpot's beans).
     */
    static Optional<String> restrain() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null || COMPILER_OPTIONS.stream().anyMatch(option -> chosen(hotSpot, option))) {
                return Optional.empty();
            }
            // the slow part first: a run that ends meanwhile leaves no file behind
            MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            Path file = Files.createTempFile("pressdesk-compilation-", ".json"); // owner-only on POSIX
            file.toFile().deleteOnExit();
            try {
                Files.writeString(file, DIRECTIVES, StandardCharsets.US_ASCII);
                // the JVM splits the command's line at spaces: the path is quoted (a temporary folder under
                // "C:\Users\Jean Dupont")
                Object answer = beans.invoke(commands, "compilerDirectivesAdd",
                        new Object[] {new String[] {"\"" + file + "\""}}, new String[] {String[].class.getName()});
                return Optional.of(String.valueOf(answer).strip());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // a JVM without the bean or the command: the command runs as it would have, only slower
            LoggerFactory.getLogger(ShortRunCompilation.class).debug("Compiler left as it was", e);
            return Optional.empty();
        }
    }

    private static boolean chosen(HotSpotDiagnosticMXBean hotSpot, String option) {
        try {
            return hotSpot.getVMOption(option).getOrigin() != VMOption.Origin.DEFAULT;
        } catch (IllegalArgumentException e) {
            return false; // not an option of this JVM
        }
    }
}
