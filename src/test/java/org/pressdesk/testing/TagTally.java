package org.pressdesk.testing;

import java.util.List;
import java.util.Set;

/**
 * Compares the tags found in one labelled text with its labels and adds the outcome to a kind's counts: {@code
 * counts[0]} found and labelled, {@code counts[1]} found but not labelled (each noted in {@code misses} as "extra"),
 * {@code counts[2]} labelled but not found ("missed"). Both labelled sets score their engine through it.
 */
public final class TagTally {
    private TagTally() {
    }

    public static void add(String file, Object kind, Set<String> expected, Set<String> found, int[] counts,
            List<String> misses) {
        for (String name : found) {
            if (expected.contains(name)) {
                counts[0]++;
            } else {
                counts[1]++;
                misses.add(file + " " + kind + " extra: " + name);
            }
        }
        for (String name : expected) {
            if (!found.contains(name)) {
                counts[2]++;
                misses.add(file + " " + kind + " missed: " + name);
            }
        }
    }
}
