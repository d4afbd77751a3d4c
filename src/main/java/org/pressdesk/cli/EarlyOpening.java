package org.pressdesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.pressdesk.app.AppServices;
import org.pressdesk.local.DataDirectory;
import org.slf4j.LoggerFactory;

/**
 * The database of an everyday command ({@code list}, {@code show}, {@code approve}…), opened on a second thread while
 * the command line is parsed and the command built, as the window opens it while the toolkit starts (issue 14): on
 * a cold start, opening the database and parsing are each a few hundred milliseconds of class loading, and the second
 * core was idle during both.
 *
 * <p>Only a plain reading of the arguments decides it, before the parser: a command of {@link #EVERYDAY} (each opens
 * the local database before anything else), a data folder that already holds a database, no server ({@code --db}),
 * no demonstration and no help. Anything else, and any doubt, opens as before, when the command asks. The command takes
 * the services only when the parser's data folder is this one; an opening nobody took is closed with the run.
 */
final class EarlyOpening {
    /** Commands that open the local database first thing, whatever their options. */
    static final Set<String> EVERYDAY = Set.of("list", "show", "new", "edit", "export", "history", "comments", "tags",
            "tag", "search", "submit", "withdraw", "approve", "request-changes", "publish", "archive", "conflicts",
            "resolve");
    private static final Set<String> NOT_EARLY = Set.of("--db", "--demo", "-h", "--help", "-V", "--version");

    /** What the arguments say before the parser reads them: the command's data folder and the --user name. */
    record Words(Path data, String user) {
    }

    private final Words words;
    private final CompletableFuture<Optional<AppServices>> opening;
    private boolean settled;

    private EarlyOpening(Words words, CompletableFuture<Optional<AppServices>> opening) {
        this.words = words;
        this.opening = opening;
    }

    /**
     * Starts opening when {@code args} name an everyday command on an existing database: a plain one as is; an
     * encrypted one with the --user account's password when {@code password} has it (PRESSDESK_PASSWORD), as the
     * command would unlock it; an encrypted one without is left to the command, which asks for the password.
     */
    static Optional<EarlyOpening> begin(String[] args, AppServices.Settings settings, Optional<String> password) {
        Optional<Words> read = wordsOfEverydayCommand(args);
        if (read.isEmpty() || !DataDirectory.hasDatabase(read.get().data())) {
            return Optional.empty();
        }
        Words words = read.get();
        CompletableFuture<Optional<AppServices>> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(open(words, settings, password));
            } catch (Throwable failure) {
                opening.completeExceptionally(failure);
            }
        }, "pressdesk-early-opening");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(new EarlyOpening(words, opening));
    }

    private static Optional<AppServices> open(Words words, AppServices.Settings settings, Optional<String> password) {
        DataDirectory directory = DataDirectory.prepare(words.data());
        if (words.user() == null || password.isEmpty()) {
            return AppServices.openUnlessEncrypted(directory, settings);
        }
        char[] secret = password.get().toCharArray();
        try {
            return Optional.of(AppServices.unlock(directory, settings, words.user(), secret));
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /**
     * The data folder and the --user name of an everyday command, read as the parser will read them: the command where
     * {@link Commands#nameAt} finds it, {@code --data DIR} or {@code --data=DIR} before or after it (the default folder
     * without one), the same for --user; empty for anything else.
     */
    static Optional<Words> wordsOfEverydayCommand(String... args) {
        int command = Commands.nameAt(args);
        if (command < 0 || !EVERYDAY.contains(args[command])) {
            return Optional.empty();
        }
        String data = null;
        String user = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (!arg.startsWith("-")) {
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (NOT_EARLY.contains(name)) {
                return Optional.empty();
            }
            String value = null;
            if (equals > 0 && name.length() < arg.length()) {
                value = arg.substring(equals + 1);
            } else if (i < command && WindowArguments.ROOT_TAKES_VALUE.contains(name)) {
                value = args[++i]; // there is one: the command's name comes after it
            } else if (name.equals("--data") || name.equals("--user")) {
                value = i + 1 < args.length ? args[++i] : null;
            }
            if (name.equals("--data")) {
                if (data != null || value == null || value.isEmpty()) {
                    return Optional.empty(); // given twice, or empty: the parser says what is wrong
                }
                data = value;
            } else if (name.equals("--user")) {
                if (user != null || value == null || value.isBlank()) {
                    return Optional.empty();
                }
                user = value;
            }
        }
        try {
            return Optional.of(new Words((data != null ? Path.of(data) : DataDirectory.defaultLocation())
                    .toAbsolutePath().normalize(), user));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The services opened here, when the command's data folder and --user are the ones read here; any failure of the
     * opening (a wrong password among them) is the command's failure, as it would have been had the command opened
     * it. Empty when the database is encrypted and no password was to hand, and when the parser read other words:
     * this opening is then closed, and the command opens the database itself.
     */
    Optional<AppServices> take(Path dataPath, String user) {
        if (!dataPath.toAbsolutePath().normalize().equals(words.data())
                || !java.util.Objects.equals(user == null || user.isBlank() ? null : user, words.user())) {
            close();
            return Optional.empty();
        }
        settled = true;
        if (!opening.isDone()) {
            rehearse();
        }
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Uses the wait: the statements the command runs first are built and rendered here while the other thread opens
     * the database, so that both threads load classes instead of one (issue 14). A failure here costs only the time.
     */
    private static void rehearse() {
        try {
            AppServices.rehearseFirstStatements();
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(EarlyOpening.class).debug("Rehearsal of the first statements failed", e);
        }
    }

    /** Waits for an opening nobody took, and closes what it opened. */
    void close() {
        if (settled) {
            return;
        }
        settled = true;
        try {
            opening.join().ifPresent(AppServices::close);
        } catch (CompletionException e) {
            // nobody asked for it: the command that needs the database meets the same failure itself
        }
    }
}
