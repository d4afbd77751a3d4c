package org.pressdesk.domain;

import java.util.regex.Pattern;

/** What a tag's name may be: one line of visible text, not empty, at most {@link #MAX_LENGTH} characters. */
public final class TagNames {
    public static final int MAX_LENGTH = 150;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private TagNames() {
    }

    /** The name with its blanks tidied; refused with a message key when it cannot name a tag. */
    public static String clean(String name) {
        String text = name == null ? "" : name;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200D') {
                throw new PressDeskException("tag.nameControl");
            }
        }
        String tidy = SPACES.matcher(text).replaceAll(" ").strip();
        if (tidy.isEmpty()) {
            throw new PressDeskException("tag.nameEmpty");
        }
        if (tidy.codePointCount(0, tidy.length()) > MAX_LENGTH) {
            throw new PressDeskException("tag.nameTooLong", MAX_LENGTH);
        }
        return tidy;
    }
}
