package org.pressdesk.archive;

/** What a file's first bytes say it is. */
enum FileKind {
    EMPTY,
    TEXT,
    WORD,
    OLD_WORD,
    BINARY;

    private static final int SAMPLE = 8192;

    static FileKind of(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return WORD;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return OLD_WORD;
        }
        if (DecodedText.isUtf16(bytes)) {
            return TEXT;
        }
        return looksBinary(bytes) ? BINARY : TEXT;
    }

    /** A NUL byte, or more than one control character in a hundred, in the first few kilobytes. */
    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
