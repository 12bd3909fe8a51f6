package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void decodesUtf8StrictlyAndKeepsTheBom() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'});
        assertEquals("\uFEFFa", d.text());
        assertTrue(d.encoding().isUtf8());
        assertTrue(d.encoding().isWritable());
    }

    /** A U+FFFD really encoded in the file is text, not a malformed byte. */
    @Test
    void anEncodedReplacementCharacterIsValidUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode("新\uFFFD闻".getBytes(StandardCharsets.UTF_8));
        assertEquals("新\uFFFD闻", d.text());
        assertTrue(d.encoding().isUtf8());
        assertEquals(List.of(), d.encoding().malformedOffsets());
        assertTrue(d.encoding().isWritable());
    }

    /** Overlong forms and encoded surrogates are malformed, as the strict decoder says. */
    @Test
    void overlongAndSurrogateSequencesAreMalformed() {
        for (byte[] bad : List.of(new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b'}, new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'})) {
            TextDecoder.Decoded d = TextDecoder.decode(bad);
            assertFalse(d.encoding().malformedOffsets().isEmpty() && d.encoding().isUtf8(), java.util.Arrays.toString(bad));
        }
    }

    @Test
    void recognisesUtf16ByItsBom() {
        byte[] bytes = "\uFEFF新闻".getBytes(StandardCharsets.UTF_16LE);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(StandardCharsets.UTF_16LE, d.encoding().charset());
        assertEquals("\uFEFF新闻", d.text());
    }

    @Test
    void keepsDamagedUtf8AsUtf8WithReplacementOffsets() {
        byte[] good = "新闻报道今天的天气很好我们去公园散步".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, 6);
        bytes[6] = (byte) 0xFF;
        System.arraycopy(good, 6, bytes, 7, good.length - 6);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertTrue(d.encoding().isUtf8());
        assertEquals(List.of(2), d.encoding().malformedOffsets());
        assertEquals('\uFFFD', d.text().charAt(2));
        assertFalse(d.encoding().isWritable());
    }

    @Test
    void gbkTextRoundTripsThroughGb18030() {
        String text = "国家网信办组织召开专题会议，分析当前跨境网络赌博面临的新形势新任务。";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("GBK")));
        assertEquals(text, d.text());
        assertEquals("GB18030", d.encoding().charset().name());
        assertTrue(d.encoding().detected());
        assertTrue(d.encoding().roundTrips());
    }

    /**
     * The binary test made while decoding agrees with the test on its own (a NUL in the first 8 KB, a UTF-16
     * mark aside) for well-formed UTF-8, damaged UTF-8, legacy bytes and UTF-16, with NULs either side of the
     * 8 KB limit; and a text it lets through decodes as {@link TextDecoder#decode} decodes it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void theBinaryTestMadeWhileDecodingAgreesWithTheTestOnItsOwn(int seed) {
        java.util.Random random = new java.util.Random(seed);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "新闻".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
            {0}, {(byte) 0xC4, (byte) 0xE3}, {(byte) 0xFF}, {(byte) 0x80}, "𠀀".getBytes(StandardCharsets.UTF_8)};
        for (int round = 0; round < 300; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int mark = random.nextInt(10);
            if (mark == 0) {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
            } else if (mark == 1) {
                out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
            }
            // Long texts put their first NUL (when any) on either side of the limit.
            int length = random.nextInt(4) == 0 ? TextDecoder.BINARY_SNIFF - 8 + random.nextInt(16) : random.nextInt(40);
            int kinds = random.nextInt(3) == 0 ? pieces.length : 3; // often well-formed UTF-8 without NUL
            while (out.size() < length) {
                out.writeBytes(pieces[random.nextInt(kinds)]);
            }
            if (random.nextBoolean()) {
                out.write(0);
                out.writeBytes(pieces[random.nextInt(3)]);
            }
            byte[] bytes = out.toByteArray();
            TextDecoder.Decoded unlessBinary = TextDecoder.decodeUnlessBinary(bytes);
            assertEquals(TextDecoder.isBinary(bytes), unlessBinary == null, () -> java.util.Arrays.toString(bytes));
            if (unlessBinary != null) {
                TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
                assertEquals(decoded.text(), unlessBinary.text());
                assertEquals(decoded.encoding(), unlessBinary.encoding());
            }
        }
        assertTrue(TextDecoder.isBinary("a\u0000b".getBytes(StandardCharsets.UTF_8)));
        assertEquals(null, TextDecoder.decodeUnlessBinary("a\u0000b".getBytes(StandardCharsets.UTF_8)));
        byte[] late = new byte[TextDecoder.BINARY_SNIFF + 1];
        java.util.Arrays.fill(late, (byte) 'a');
        late[TextDecoder.BINARY_SNIFF] = 0;
        assertFalse(TextDecoder.isBinary(late));
        assertEquals(TextDecoder.BINARY_SNIFF + 1, TextDecoder.decodeUnlessBinary(late).text().length());
    }
}
