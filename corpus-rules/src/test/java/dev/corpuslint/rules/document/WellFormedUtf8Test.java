package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written decoder must accept exactly what the JDK's strict decoder accepts, and decode it the same. */
class WellFormedUtf8Test {
    private static final CharsetDecoder STRICT = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** The JDK's strict reading of {@code bytes}, or null when it reports them malformed. */
    private static String strict(byte[] bytes) {
        try {
            return STRICT.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void agrees(byte[] bytes) {
        String expected = strict(bytes);
        WellFormedUtf8.Text decoded = WellFormedUtf8.decode(bytes);
        if (expected == null) {
            assertNull(decoded, () -> "accepted malformed " + hex(bytes));
        } else {
            assertNotNull(decoded, () -> "refused well-formed " + hex(bytes));
            assertEquals(expected, decoded.text(), () -> hex(bytes));
            assertArrayEquals(expected.toCharArray(), decoded.chars(), () -> hex(bytes));
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b & 0xFF));
        }
        return out.toString().strip();
    }

    /** Every sequence of one and two bytes, then every three-byte sequence that starts a three-byte character. */
    @Test
    void everyShortSequenceIsReadAsTheStrictDecoderReadsIt() {
        for (int a = 0; a < 256; a++) {
            agrees(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                agrees(new byte[] {(byte) a, (byte) b});
            }
        }
        for (int a = 0xE0; a <= 0xEF; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c = 0; c < 256; c++) {
                    agrees(new byte[] {(byte) a, (byte) b, (byte) c});
                }
            }
        }
    }

    /**
     * Four-byte leads (and the bytes above them) with every second byte, and the third and fourth bytes at the
     * edges of the continuation range and just outside it.
     */
    @Test
    void fourByteSequencesAreReadAsTheStrictDecoderReadsThem() {
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0xBF, 0xC0, 0xFF};
        for (int a = 0xF0; a <= 0xFF; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : edges) {
                    for (int d : edges) {
                        agrees(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                    }
                }
                agrees(new byte[] {(byte) a, (byte) b}); // truncated
                agrees(new byte[] {(byte) a, (byte) b, (byte) 0x80});
            }
        }
    }

    /**
     * Random texts of ASCII, Latin, CJK, emoji and line breaks, whole and with one byte changed: the same text
     * as the JDK's, and the same line starts as {@link LineIndex} finds, unless a CR is there to leave them to it.
     */
    @Test
    void randomTextsDecodeWithTheirLineStarts() {
        Random random = new Random(25);
        String[] pieces = {"a", "Z", " ", "é", "中", "闻", "，", "😀", "\n", "\n", "\r\n", "\r", "\t", "\u0000", "\uFFFD", "\uFEFF"};
        for (int round = 0; round < 3000; round++) {
            boolean withCr = round % 3 == 0;
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 200 == 0 ? 4000 : 80);
            for (int i = 0; i < length; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                if (!withCr && piece.indexOf('\r') >= 0) {
                    piece = "\n";
                }
                text.append(piece);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            WellFormedUtf8.Text decoded = WellFormedUtf8.decode(bytes);
            assertNotNull(decoded);
            assertEquals(text.toString(), decoded.text());
            assertEquals(text.codePoints().anyMatch(Character::isSupplementaryCodePoint), decoded.surrogates(), text.toString());
            boolean hasCr = text.indexOf("\r") >= 0;
            if (hasCr) {
                assertNull(decoded.lineStarts(), "a text with a CR leaves its line starts to LineIndex");
            } else {
                LineIndex expected = new LineIndex(text.toString());
                int[] starts = new int[expected.lineCount()];
                for (int line = 0; line < starts.length; line++) {
                    starts[line] = expected.lineStart(line);
                }
                assertArrayEquals(starts, decoded.lineStarts(), text.toString());
            }
            if (bytes.length > 0) {
                byte[] changed = Arrays.copyOf(bytes, bytes.length);
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
                agrees(changed);
                agrees(Arrays.copyOf(bytes, random.nextInt(bytes.length))); // cut anywhere, mid-character too
            }
        }
    }

    /**
     * A document read from bytes has the characters and line index it would have worked out from its text,
     * with columns in code points whether or not the text holds a surrogate pair.
     */
    @Test
    void aDocumentKeepsWhatTheDecoderFound() {
        for (String text : new String[] {"---\ntitle: 新闻\n---\n正文😀第一行\n第二行😀x\n\n", "---\ntitle: 新闻\n---\n正文第一行\n第二行x\n"}) {
            CorpusDocument document = CorpusDocument.fromBytes("a.md", text.getBytes(StandardCharsets.UTF_8));
            assertEquals(text, document.text());
            assertArrayEquals(text.toCharArray(), document.chars());
            LineIndex expected = new LineIndex(text);
            assertEquals(expected.lineCount(), document.lines().lineCount());
            for (int line = 0; line < expected.lineCount(); line++) {
                assertEquals(expected.lineStart(line), document.lines().lineStart(line));
            }
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(expected.codePointColumn(offset), document.lines().codePointColumn(offset), text + " at " + offset);
            }
            assertEquals(Encoding.UTF8_TEXT, document.encoding());
        }
    }
}
