package org.pressdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** One message bundle file exactly as written (no fallback to another language), read from the class path. */
public final class BundleFiles {
    private BundleFiles() {
    }

    /** {@code file} is a name such as {@code messages_en.properties}, in org/pressdesk/i18n. */
    public static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = BundleFiles.class.getResourceAsStream("/org/pressdesk/i18n/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle file " + file);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
