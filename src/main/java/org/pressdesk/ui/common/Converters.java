package org.pressdesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display converters for choice boxes (date fields: {@link DateEntry}). */
public final class Converters {
    private Converters() {
    }

    /** Shows values with {@code text}; choice boxes never convert back. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
