package org.pressdesk.crash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pressdesk.domain.Communique;

/**
 * What a killed session reported before it died, one line per report: what the user was told is saved. Written by
 * the session, read back by the checker.
 */
public final class CrashLog {
    static final String STARTED = "STARTED";
    /** Printed once, after the first report: the session is warm and the kill may come at any moment now. */
    static final String WORKING = "WORKING";
    private static boolean working;

    /** A communiqué reported saved at this version and revision, with this body. */
    public record Saved(long id, int version, int revision, String title, String body) {
    }

    /** An autosave reported done: the newest text of a draft. */
    public record Autosaved(UUID draft, long communiqueId, String body) {
    }

    private final Map<Long, Saved> saves = new LinkedHashMap<>();
    private final Map<UUID, Autosaved> autosaves = new LinkedHashMap<>();
    private final Map<Long, String> statuses = new LinkedHashMap<>();
    /** Imports begun (their titles' marker and the items chosen), and those reported done. */
    private final Map<String, Integer> importsBegun = new LinkedHashMap<>();
    private final Map<String, Integer> importsDone = new LinkedHashMap<>();
    private final List<String> exports = new ArrayList<>();
    private int reports;

    private CrashLog() {
    }

    static synchronized void started() {
        print(STARTED);
    }

    static synchronized void saved(Communique c) {
        print("SAVED\t" + c.id() + "\t" + c.version() + "\t" + c.revision() + "\t" + escape(c.content().title())
                + "\t" + escape(c.content().body()));
    }

    static synchronized void autosaved(UUID draft, long communiqueId, String body) {
        print("AUTOSAVED\t" + draft + "\t" + communiqueId + "\t" + escape(body));
    }

    static synchronized void status(Communique c) {
        print("STATUS\t" + c.id() + "\t" + c.version() + "\t" + c.status().name());
    }

    static synchronized void importing(String marker, int items) {
        print("IMPORTING\t" + escape(marker) + "\t" + items);
    }

    static synchronized void imported(String marker, int items) {
        print("IMPORTED\t" + escape(marker) + "\t" + items);
    }

    static synchronized void exported(java.nio.file.Path file) {
        print("EXPORTED\t" + escape(file.toString()));
    }

    private static void print(String line) {
        System.out.println(line);
        if (!working && !STARTED.equals(line)) {
            working = true;
            System.out.println(WORKING);
        }
        System.out.flush();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads the complete lines of a session's output; a line cut by the kill is not a report. */
    public static CrashLog parse(List<String> lines) {
        CrashLog log = new CrashLog();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "SAVED" -> {
                    if (f.length == 6) {
                        Saved s = new Saved(Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                                unescape(f[4]), unescape(f[5]));
                        log.saves.put(s.id(), s);
                        log.autosaves.values().removeIf(a -> a.communiqueId() == s.id());
                        log.reports++;
                    }
                }
                case "AUTOSAVED" -> {
                    if (f.length == 4) {
                        Autosaved a = new Autosaved(UUID.fromString(f[1]), Long.parseLong(f[2]), unescape(f[3]));
                        log.autosaves.put(a.draft(), a);
                        log.reports++;
                    }
                }
                case "STATUS" -> {
                    if (f.length == 4) {
                        log.statuses.put(Long.parseLong(f[1]), f[3]);
                        log.reports++;
                    }
                }
                case "IMPORTING", "IMPORTED" -> {
                    if (f.length == 3) {
                        (f[0].equals("IMPORTED") ? log.importsDone : log.importsBegun)
                                .put(unescape(f[1]), Integer.parseInt(f[2]));
                        log.reports += f[0].equals("IMPORTED") ? 1 : 0;
                    }
                }
                case "EXPORTED" -> {
                    if (f.length == 2) {
                        log.exports.add(unescape(f[1]));
                        log.reports++;
                    }
                }
                default -> {
                    // the session's other output
                }
            }
        }
        return log;
    }

    public List<Saved> saves() {
        return new ArrayList<>(saves.values());
    }

    public List<Autosaved> autosaves() {
        return new ArrayList<>(autosaves.values());
    }

    public Map<Long, String> statuses() {
        return statuses;
    }

    /** The imports begun, by their titles' marker: the items chosen. */
    public Map<String, Integer> importsBegun() {
        return importsBegun;
    }

    /** The imports reported done, by their titles' marker: the items written. */
    public Map<String, Integer> importsDone() {
        return importsDone;
    }

    /** The PDF files reported exported. */
    public List<String> exports() {
        return exports;
    }

    public int reports() {
        return reports;
    }
}
