package org.pressdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pressdesk.testing.BundleFiles;

/** The language bundles: complete in both languages, no key missing or unused, no apostrophe MessageFormat eats. */
class BundlesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** Keys built in code from a prefix and an enum constant or a code. */
    private static final List<String> DYNAMIC = List.of("status.", "genre.", "role.", "pdf.heading.", "language.",
            "preferences.language.", "audit.broken.", "workflow.action.", "comment.kind.", "audit.kind.",
            "verify.text.", "letterhead.layout.", "verify.anchor.");
    private static final Pattern USED = Pattern.compile(
            "(?:\\b(?:get|say|warn|has)\\(|Exception\\((?:\\w+, )?|Problem\\(\"\\w+\", |Notice\\.(?:warning|error)\\()"
            + "\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern DESCRIPTION_KEY = Pattern.compile("descriptionKey = \"([^\"]+)\"");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void englishTranslatesEveryFrenchKeyAndNothingElse(String bundle) throws IOException {
        assertThat(load(bundle + "_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyValueIsAValidMessageFormatWithoutLoneApostrophes(String file) throws IOException {
        Properties values = load(file);
        for (String key : values.stringPropertyNames()) {
            String value = values.getProperty(key);
            assertThat(LONE_APOSTROPHE.matcher(value).find()).as("lone apostrophe in %s", key).isFalse();
            new MessageFormat(value);
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(known);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = usedKeys();
        String sources = allSources();
        Set<String> unused = load("messages.properties").stringPropertyNames().stream()
                .filter(key -> !used.contains(key))
                .filter(key -> DYNAMIC.stream().noneMatch(key::startsWith))
                .filter(key -> !sources.contains("\"" + key + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }

    @Test
    void everyCommandLineDescriptionKeyExists() throws IOException {
        Set<String> known = load("cli.properties").stringPropertyNames();
        Matcher matcher = DESCRIPTION_KEY.matcher(allSources());
        Set<String> missing = new TreeSet<>();
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                missing.add(matcher.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void frenchTextUsesNoBreakSpacesBeforeHighPunctuation() throws IOException {
        Properties french = load("messages.properties");
        for (String key : french.stringPropertyNames()) {
            assertThat(french.getProperty(key)).as(key).doesNotContain(" :", " ;", " ?", " !", "« ", " »");
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = USED.matcher(allSources());
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }

    private static Properties load(String file) {
        return BundleFiles.load(file);
    }
}
