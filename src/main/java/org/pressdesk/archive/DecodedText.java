package org.pressdesk.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a plain-text archive and the encoding it was read in. Valid UTF-8 is UTF-8 (with or without a byte
 * order mark); anything else is Windows-1252, the encoding of old French Windows files. A file whose lines mix both
 * (pasted together from several sources) is read line by line, each line in the encoding it is valid in.
 */
public record DecodedText(String text, String encoding, boolean mixed) {
    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1252 = "windows-1252";
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static DecodedText decode(byte[] bytes) {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (isUtf8(bytes, start, bytes.length)) {
            return new DecodedText(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), UTF_8,
                    false);
        }
        if (start == 0 && hasUtf8Sequences(bytes)) {
            return new DecodedText(lineByLine(bytes), UTF_8 + " + " + WINDOWS_1252, true);
        }
        return new DecodedText(new String(bytes, start, bytes.length - start, CP1252), WINDOWS_1252, false);
    }

    /** UTF-16 files announce themselves with a byte order mark; PressDesk reads them too. */
    static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    static DecodedText decodeUtf16(byte[] bytes) {
        return new DecodedText(new String(bytes, StandardCharsets.UTF_16), "UTF-16", false);
    }

    private static String lineByLine(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = Math.min(i + 1, bytes.length);
                Charset charset = isUtf8(bytes, lineStart, end) ? StandardCharsets.UTF_8 : CP1252;
                text.append(new String(bytes, lineStart, end - lineStart, charset));
                lineStart = end;
            }
        }
        return text.toString();
    }

    private static boolean isUtf8(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True when some multi-byte sequence is well-formed UTF-8 (an "é" written as C3 A9, say). */
    private static boolean hasUtf8Sequences(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int next = bytes[i + 1] & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF && next >= 0x80 && next <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
