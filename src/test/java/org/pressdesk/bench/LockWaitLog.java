package org.pressdesk.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock waits the throw-away server logged (log_lock_waits, every wait longer than deadlock_timeout) during a
 * phase, counted by the kind of lock waited for: a transaction's row ("ShareLock on transaction"), a row's turn
 * ("ExclusiveLock on tuple"), the notification queue at commit ("object 0 of class 1262").
 */
final class LockWaitLog {
    private static final Pattern WAIT = Pattern.compile("still waiting for (\\w+ on [a-z]+(?: \\d+ of class \\d+)?)");

    private LockWaitLog() {
    }

    static long size(Path log) {
        return log.toFile().length();
    }

    static String since(Path log, long from) {
        Map<String, Integer> kinds = new TreeMap<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(from, file.length()));
            byte[] bytes = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(bytes);
            Matcher m = WAIT.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) {
                kinds.merge(m.group(1).replaceAll("transaction \\d+", "transaction")
                        .replaceAll("tuple \\(.*", "tuple"), 1, Integer::sum);
            }
        } catch (IOException e) {
            return "lock waits: log unreadable (" + e.getClass().getSimpleName() + ")";
        }
        return "lock waits longer than deadlock_timeout, logged by the server: "
                + (kinds.isEmpty() ? "none" : kinds.toString());
    }
}
