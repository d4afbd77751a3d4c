package org.pressdesk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Parsed font sets lent to exports, so that fonts are read from the classpath and parsed once, not per export.
 * FontBox does not promise that a parsed font may be used by two threads at once, so each concurrent export borrows
 * its own set; a single-threaded caller only ever parses one. Nothing is read before the first export, so building
 * the writer costs the application's start-up nothing.
 */
final class FontPool {

    private final Deque<FontSet> idle = new ConcurrentLinkedDeque<>();
    private Map<FontStyle, byte[]> fontFiles;

    /** A set for the caller's exclusive use until it is given back with {@link #giveBack}. */
    FontSet borrow() {
        FontSet set = idle.poll();
        return set != null ? set : parse();
    }

    void giveBack(FontSet set) {
        idle.push(set);
    }

    private FontSet parse() {
        try {
            return FontSet.parse(fontFiles());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the bundled Liberation fonts", e);
        }
    }

    private synchronized Map<FontStyle, byte[]> fontFiles() {
        if (fontFiles == null) {
            fontFiles = readFontFiles();
        }
        return fontFiles;
    }

    private static Map<FontStyle, byte[]> readFontFiles() {
        Map<FontStyle, byte[]> files = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            try (InputStream in = FontPool.class.getResourceAsStream(style.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + style.resource());
                }
                files.put(style, FontBytes.withoutSubstitutions(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + style.resource(), e);
            }
        }
        return files;
    }
}
