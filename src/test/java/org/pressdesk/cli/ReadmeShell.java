package org.pressdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sh} code blocks of a Markdown file, read as the small part of the shell the README uses: commands
 * continued with a trailing backslash, comments after {@code #}, single and double quotes, {@code NAME=value}
 * before a command and {@code export NAME=value}. A block right after {@code <!-- readme-test: skip REASON -->}
 * is kept with its reason and not run.
 */
final class ReadmeShell {
    private static final Pattern FENCE = Pattern.compile("(?m)^```sh\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern SKIP = Pattern.compile("<!-- readme-test: skip (.+?) -->\\s*$");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Z_][A-Z0-9_]*=.*", Pattern.DOTALL);

    private ReadmeShell() {
    }

    /** One sh block: the README line where its code starts, and why it is not run (null when it is). */
    record Block(int line, String code, String skipReason) {
    }

    /** A word of a command; {@code quoted} words are never expanded (no ~, no *). */
    record Word(String text, boolean quoted) {
    }

    /** One command: its README line, the variables set for it alone (or exported), and its words. */
    record Command(int line, String source, Map<String, String> environment, boolean export, List<Word> words) {
    }

    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            String before = markdown.substring(0, fence.start()).stripTrailing();
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            Matcher skip = SKIP.matcher(lastLine);
            int line = (int) markdown.substring(0, fence.start(1)).chars().filter(c -> c == '\n').count() + 1;
            blocks.add(new Block(line, fence.group(1), skip.find() ? skip.group(1) : null));
        }
        return blocks;
    }

    static List<Command> commands(Block block) {
        List<Command> commands = new ArrayList<>();
        String[] lines = block.code().split("\n", -1);
        StringBuilder joined = new StringBuilder();
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (start < 0) {
                start = block.line() + i;
            }
            String withoutComment = stripComment(line).stripTrailing();
            if (withoutComment.endsWith("\\")) {
                joined.append(withoutComment, 0, withoutComment.length() - 1).append(' ');
                continue;
            }
            joined.append(withoutComment);
            if (!joined.toString().isBlank()) {
                commands.add(command(start, joined.toString().strip()));
            }
            joined.setLength(0);
            start = -1;
        }
        return commands;
    }

    private static Command command(int line, String source) {
        List<Word> words = words(source);
        Map<String, String> environment = new LinkedHashMap<>();
        boolean export = !words.isEmpty() && words.get(0).text().equals("export") && !words.get(0).quoted();
        int first = export ? 1 : 0;
        while (first < words.size() && ASSIGNMENT.matcher(words.get(first).text()).matches()) {
            String text = words.get(first).text();
            environment.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            first++;
        }
        return new Command(line, source, environment, export, List.copyOf(words.subList(first, words.size())));
    }

    /** The line without what follows a {@code #} that starts a word outside quotes. */
    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static List<Word> words(String source) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
                quoted = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(new Word(word.toString(), quoted));
                }
                word.setLength(0);
                inWord = false;
                quoted = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(new Word(word.toString(), quoted));
        }
        return words;
    }
}
