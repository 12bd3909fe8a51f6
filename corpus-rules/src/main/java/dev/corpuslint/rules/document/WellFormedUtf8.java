package dev.corpuslint.rules.document;

import java.util.Arrays;

/**
 * Decodes well-formed UTF-8, the bytes of nearly every file of a corpus, in one pass that also finds where
 * the lines start. Hand-written rather than {@code new String(bytes, UTF_8)}: C1, the launcher's compiler,
 * compiles the JDK's decoder to a call per character, and the text then took three more passes of its own
 * (a search for U+FFFD to prove the bytes valid, one for a carriage return and one per line for the line
 * index) and a fourth to copy it into the character array the rules scan. One pass here does all of that.
 *
 * <p>Anything that is not well-formed (Unicode's table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF, no truncated sequence) gives null, and the caller decodes as before. For well-formed bytes the
 * text is the JDK's, character for character (WellFormedUtf8Test checks every short sequence against it).
 */
final class WellFormedUtf8 {
    private WellFormedUtf8() {}

    /**
     * The text of {@code bytes}, its characters, its line starts when it holds no carriage return (a CR ends
     * a line too, alone or before LF, and then {@link LineIndex} finds the breaks itself), whether it holds
     * a character outside the BMP (a surrogate pair), and where its first NUL byte is (-1: none), which
     * decides whether the file is binary ({@link TextDecoder#isBinary}) without a pass of its own.
     */
    record Text(String text, char[] chars, int[] lineStarts, boolean surrogates, int firstNul) {}

    /** {@code bytes} decoded, or null when they are not well-formed UTF-8. */
    static Text decode(byte[] bytes) {
        int n = bytes.length;
        // A character takes at least one byte, and a supplementary one four bytes for its two chars.
        char[] out = new char[n];
        int[] starts = new int[Math.max(16, n >>> 5)];
        int lines = 1; // starts[0] is 0
        boolean carriageReturn = false;
        boolean surrogates = false;
        int firstNul = -1;
        int i = 0;
        int j = 0;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                out[j++] = (char) b;
                i++;
                if (b <= '\r') {
                    if (b == '\n') {
                        if (lines == starts.length) {
                            starts = Arrays.copyOf(starts, lines * 2);
                        }
                        starts[lines++] = j;
                    } else if (b == '\r') {
                        carriageReturn = true;
                    } else if (b == 0 && firstNul < 0) {
                        firstNul = i - 1;
                    }
                }
                continue;
            }
            b &= 0xFF;
            if (b < 0xC2) {
                return null; // a continuation byte where a character starts, or an overlong two-byte lead
            }
            if (b < 0xE0) {
                if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
                    return null;
                }
                out[j++] = (char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F);
                i += 2;
                continue;
            }
            if (b < 0xF0) {
                if (i + 2 >= n) {
                    return null;
                }
                int b1 = bytes[i + 1] & 0xFF;
                // E0 needs A0-BF after it (below is overlong), ED needs 80-9F (above encodes a surrogate).
                int low = b == 0xE0 ? 0xA0 : 0x80;
                int high = b == 0xED ? 0x9F : 0xBF;
                if (b1 < low || b1 > high || !isContinuation(bytes[i + 2])) {
                    return null;
                }
                out[j++] = (char) ((b & 0x0F) << 12 | (b1 & 0x3F) << 6 | bytes[i + 2] & 0x3F);
                i += 3;
                continue;
            }
            if (b > 0xF4 || i + 3 >= n) {
                return null;
            }
            int b1 = bytes[i + 1] & 0xFF;
            // F0 needs 90-BF after it (below is overlong), F4 needs 80-8F (above is past U+10FFFF).
            int low = b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xF4 ? 0x8F : 0xBF;
            if (b1 < low || b1 > high || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                return null;
            }
            int codePoint = (b & 0x07) << 18 | (b1 & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6 | bytes[i + 3] & 0x3F;
            surrogates = true;
            out[j++] = Character.highSurrogate(codePoint);
            out[j++] = Character.lowSurrogate(codePoint);
            i += 4;
        }
        char[] chars = j == n ? out : Arrays.copyOf(out, j);
        return new Text(new String(chars), chars, carriageReturn ? null : Arrays.copyOf(starts, lines), surrogates, firstNul);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
