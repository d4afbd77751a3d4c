package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.i18n.Messages;

/**
 * Runs every {@code sh} example of README.md, in order, through the real command line in this process, as a person
 * would paste them into a terminal: the home folder ({@code ~}) and the working folder are one temporary folder,
 * which holds the files the examples read (audience.txt, visite.md, texte.txt, archives/*.txt). Every command must
 * exit with 0.
 *
 * <p>The convention, also written in the README's "Run the tests" section: a block that cannot run here (building,
 * installing, opening the window) is preceded by {@code <!-- readme-test: skip REASON -->}. In the other blocks each
 * command is {@code java -jar target/pressdesk.jar …}, optionally after {@code NAME='value'} assignments, or an
 * {@code export NAME='value'}; {@code …} as a variable's value stands for a password of your choice (the test uses
 * one password for all). Anything else fails the test, so a new README section is run or explicitly skipped.
 */
class ReadmeExamplesTest {
    private static final String JAR = "target/pressdesk.jar";
    private static final String SECRET = "mot-de-passe-du-readme";

    @TempDir
    Path home;

    private final Map<String, String> exported = new HashMap<>();
    /** A fixed day, after the examples' embargo, so that their reference numbers and file names hold. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-02-04T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyCommandLineExampleOfTheReadmeRunsAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<ReadmeShell.Block> blocks = ReadmeShell.blocks(readme);
        writeFilesTheExamplesRead();
        int run = 0;
        for (ReadmeShell.Block block : blocks) {
            if (block.skipReason() == null) {
                for (ReadmeShell.Command command : ReadmeShell.commands(block)) {
                    run += execute(command) ? 1 : 0;
                }
            }
        }
        assertThat(blocks).as("README.md has sh blocks").isNotEmpty();
        assertThat(run).as("commands run").isGreaterThanOrEqualTo(15);
    }

    @Test
    void theShellSubsetReadsContinuationsQuotesCommentsAndSkips() {
        String markdown = "Intro\n\n<!-- readme-test: skip opens the window -->\n```sh\njava -jar x\n```\n\n```sh\n"
                + "A='…' java -jar target/pressdesk.jar new --title \"Un # titre\" \\\n   --body-file b.txt  # note\n"
                + "export B='x y'\n```\n";

        List<ReadmeShell.Block> blocks = ReadmeShell.blocks(markdown);

        assertThat(blocks).extracting(ReadmeShell.Block::skipReason).containsExactly("opens the window", null);
        List<ReadmeShell.Command> commands = ReadmeShell.commands(blocks.get(1));
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).line()).isEqualTo(9);
        assertThat(commands.get(0).environment()).containsEntry("A", "…");
        assertThat(commands.get(0).words()).extracting(ReadmeShell.Word::text).containsExactly("java", "-jar",
                JAR, "new", "--title", "Un # titre", "--body-file", "b.txt");
        assertThat(commands.get(1).export()).isTrue();
        assertThat(commands.get(1).environment()).containsEntry("B", "x y");
    }

    private boolean execute(ReadmeShell.Command command) throws IOException {
        Map<String, String> environment = new HashMap<>();
        command.environment().forEach((name, value) -> environment.put(name, value.equals("…") ? SECRET : value));
        if (command.export()) {
            exported.putAll(environment);
            return false;
        }
        List<ReadmeShell.Word> words = command.words();
        if (words.size() < 3 || !words.get(0).text().equals("java") || !words.get(1).text().equals("-jar")
                || !words.get(2).text().equals(JAR)) {
            fail("README.md line " + command.line() + " is not a PressDesk command: " + command.source()
                    + "\nRun only 'java -jar " + JAR + " …' in a README sh block, or put "
                    + "<!-- readme-test: skip REASON --> on the line before the block.");
        }
        List<String> args = new ArrayList<>();
        for (ReadmeShell.Word word : words.subList(3, words.size())) {
            args.addAll(expand(word, command));
        }
        Map<String, String> all = new HashMap<>(exported);
        all.putAll(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), all, q -> Optional.empty());
        int code = new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH), new AppServices.Settings(clock,
                new PasswordHasher(1_000), d -> { }), start -> {
                    throw new AssertionError("README.md line " + command.line() + " opens the window: put "
                            + "<!-- readme-test: skip opens the window --> before its block");
                }).run(args.toArray(String[]::new));
        assertThat(code).as("README.md line %d: %s%n--- out%n%s--- err%n%s", command.line(), command.source(), out,
                err).isZero();
        return true;
    }

    /** What a shell makes of a word here: ~ is the home folder, * matches files, a file name is a working file. */
    private List<String> expand(ReadmeShell.Word word, ReadmeShell.Command command) throws IOException {
        String text = word.text();
        if (word.quoted()) {
            return List.of(text);
        }
        if (text.equals("~") || text.startsWith("~/")) {
            return List.of(home.resolve(text.substring(Math.min(2, text.length()))).toString());
        }
        if (text.contains("*")) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + text);
            List<String> matches;
            try (Stream<Path> files = Files.walk(home)) {
                matches = files.filter(f -> matcher.matches(home.relativize(f))).map(Path::toString).sorted()
                        .toList();
            }
            assertThat(matches).as("README.md line %d: nothing matches %s", command.line(), text).isNotEmpty();
            return matches;
        }
        boolean workingFile = !text.startsWith("-") && !text.contains("=") && Files.exists(home.resolve(text));
        return List.of(workingFile ? home.resolve(text).toString() : text);
    }

    private void writeFilesTheExamplesRead() throws IOException {
        Files.writeString(home.resolve("audience.txt"), "Le Ministre des Affaires étrangères a reçu en audience "
                + "l’Ambassadeur du Japon au Mali. Les deux personnalités ont évoqué la coopération entre les "
                + "deux pays.\n");
        Files.writeString(home.resolve("visite.md"), "Le Ministre se rendra à Kayes le **3 février 2026**.\n"
                + "- rencontre avec les autorités régionales\n- visite du port\n");
        Files.writeString(home.resolve("texte.txt"), "Le Président de la République a reçu l’Ambassadeur de Chine "
                + "à Bamako pour parler de la coopération sanitaire.\n");
        Path archives = Files.createDirectories(home.resolve("archives"));
        Files.copy(ArchiveFixture.sample("bip-maeci-2026.txt"), archives.resolve("bip-maeci-2026.txt"));
    }
}
