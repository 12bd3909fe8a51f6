package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    private final Mojibake rule = new Mojibake();

    private static String garble(String text, String charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @Test
    void repairsUtf8ReadAsCp1252Safely() {
        String text = "标题：" + garble("新闻", "windows-1252") + "，版权 Â© 2023\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(2, found.size());
        assertEquals(Applicability.SAFE, found.get(0).fix().applicability());
        assertEquals("标题：新闻，版权 © 2023\n", Lint.fix(rule, text, false));
    }

    @Test
    void repairsCp1251AndGbkOnlyAsUnsafe() {
        String cyrillic = garble("网络安全", "windows-1251");
        String gbk = garble("新闻报道", "GBK");
        String text = cyrillic + " 与 " + gbk + "\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(d -> d.fix().applicability() == Applicability.UNSAFE));
        assertEquals("网络安全 与 新闻报道\n", Lint.fix(rule, text, true));
    }

    /** The shortest repairs each code page allows: one character for cp1252, two for cp1251 and GBK. */
    @Test
    void repairsTheShortestSpans() {
        assertEquals("新 x\n", Lint.fix(rule, garble("新", "windows-1252") + " x\n", false));
        assertEquals("新闻 x\n", Lint.fix(rule, garble("新闻", "windows-1251") + " x\n", true));
        assertEquals("新闻 x\n", Lint.fix(rule, garble("新闻", "GBK") + " x\n", true));
        // GBK bytes with an ASCII trail byte end a span: 丂 is 81 40, and @ is no continuation byte.
        assertEquals(List.of(), Lint.run(rule, "丂丂丂丂 x\n"));
    }

    @Test
    void reportsCyrillicShapedMojibakeItCannotRepair() {
        List<Diagnostic> found = Lint.run(rule, "[unSafe.sh - дёҚе®үе…Ё]\n");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "café résumé naïve", "Привет, как дела?", "中华人民共和国国家网信办", "价格 ¥100 © 2023", "Größe über Maß",
        "鏂", "生僻字：鑫淼焱垚",
    })
    void leavesRealTextAlone(String text) {
        assertEquals(List.of(), Lint.run(rule, text + "\n"));
    }

    /** The memoised GBK bytes equal what encoding each character with the GBK encoder gives, asked twice. */
    @org.junit.jupiter.api.Test
    void theGbkBytesEqualTheEncodersMapping() throws Exception {
        var encoder = java.nio.charset.Charset.forName("GBK").newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        int checked = 0;
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            short expected = 0;
            if (!Character.isSurrogate((char) c)) {
                try {
                    var out = encoder.reset().encode(java.nio.CharBuffer.wrap(new char[] {(char) c}));
                    if (out.remaining() == 2) {
                        expected = (short) (((out.get() & 0xFF) << 8) | (out.get() & 0xFF));
                        checked++;
                    }
                } catch (java.nio.charset.CharacterCodingException e) {
                    // not in GBK
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(expected, Mojibake.gbk((char) c), "U+" + Integer.toHexString(c));
            org.junit.jupiter.api.Assertions.assertEquals(expected, Mojibake.gbk((char) c), "U+" + Integer.toHexString(c) + " memoised");
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 20_000, "GBK has over 20,000 two-byte characters: " + checked);
    }

    /**
     * A character whose start bit is clear starts no repair, whatever follows it. The followers are pieces of
     * real mojibake (UTF-8 Chinese, Japanese, Korean, Latin and symbols read through each code page, from each
     * of their first characters), so they continue the sequences a possible start would begin.
     */
    @Test
    void noRepairStartsAtACharacterWhoseStartBitIsClear() {
        String[] charsets = {"windows-1252", "windows-1251", "GBK"};
        String source = "中文新闻报道，网络安全：《标题》“引号”——日本語のテキスト한국어 café © 2023";
        int repairs = 0;
        for (int p = 0; p < Mojibake.codePages(); p++) {
            String garbled = garble(source, charsets[p]);
            List<String> followers = new java.util.ArrayList<>();
            for (int from = 1; from < garbled.length() - 8; from++) {
                followers.add(garbled.substring(from, from + 8));
            }
            for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
                boolean mayStart = (Mojibake.starts((char) c) & 1 << p) != 0;
                for (String follower : followers) {
                    boolean repaired = Mojibake.repairsAt((char) c + follower, 0, p);
                    if (repaired) {
                        repairs++;
                    }
                    assertTrue(mayStart || !repaired, "U+" + Integer.toHexString(c) + " + " + follower + " for " + charsets[p]);
                }
            }
        }
        assertTrue(repairs > 1000, "the followers complete repairs: " + repairs);
    }

    /**
     * Nor does a GBK repair start where the next character's first byte does not continue the start's sequence:
     * every possible start, followed by pieces of real GBK mojibake and by random characters, and alone.
     */
    @Test
    void noGbkRepairStartsWhereTheNextCharacterCannotContinueIt() {
        int gbk = 2;
        String garbled = garble("中文新闻报道，网络安全：《标题》“引号”——日本語のテキスト한국어 café © 2023 ß", "GBK");
        List<String> followers = new java.util.ArrayList<>();
        for (int from = 1; from < garbled.length() - 6; from++) {
            followers.add(garbled.substring(from, from + 6));
        }
        java.util.Random random = new java.util.Random(5);
        for (int k = 0; k < 20; k++) {
            followers.add("" + (char) (0x4E00 + random.nextInt(0x5200)) + (char) (0x4E00 + random.nextInt(0x5200)) + (char) (0x80 + random.nextInt(0xFF80)));
        }
        followers.add("");
        int repairs = 0;
        int ruledOut = 0;
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if ((Mojibake.starts((char) c) & 1 << gbk) == 0) {
                continue;
            }
            for (String follower : followers) {
                String text = (char) c + follower;
                boolean repaired = Mojibake.repairsAt(text, 0, gbk);
                boolean mayContinue = Mojibake.nextMayContinue(text.toCharArray(), 0);
                repairs += repaired ? 1 : 0;
                ruledOut += mayContinue ? 0 : 1;
                assertTrue(mayContinue || !repaired, "U+" + Integer.toHexString(c) + " + " + follower);
            }
        }
        assertTrue(repairs > 1000, "the followers complete repairs: " + repairs);
        assertTrue(ruledOut > repairs, "and most starts are ruled out: " + ruledOut);
    }

    /** The shape is tried only at д-й, and finds what a search from the first of them finds, over random texts. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void cyrillicShapesAreWhatASearchFinds(int seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] pieces = {"д", "й", "е", "ё", "Қ", "®", "ү", "…", "Ё", "№", "中", "a", " ", "дёҚ", "е®ү", "е…Ё"};
        int shapes = 0;
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            int first = s.isEmpty() ? 0 : random.nextInt(s.length());
            java.util.List<dev.corpuslint.rules.model.TextRange> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = Mojibake.CYRILLIC_SHAPE.matcher(s).region(first, s.length());
            while (m.find()) {
                expected.add(new dev.corpuslint.rules.model.TextRange(m.start(), m.end()));
            }
            assertEquals(expected, Mojibake.cyrillicShapes(s, s.toCharArray(), first), s);
            shapes += expected.size();
        }
        assertTrue(shapes > 20, "shapes found: " + shapes);
    }
}
