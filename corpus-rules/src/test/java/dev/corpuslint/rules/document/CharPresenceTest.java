package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharPresenceTest {
    /** The survey is exact: has and hasAny answer as a walk of the text would, at every word edge too. */
    @Test
    void answersAsAWalkOfTheTextWould() {
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(20)];
            // Characters near a few word edges (multiples of 64), and anywhere.
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean()
                        ? (char) (random.nextInt(0x100) + 0x3000 - 0x80)
                        : (char) random.nextInt(0x10000);
            }
            CharPresence present = CharPresence.of(chars);
            String text = new String(chars);
            for (char c = 0x2F00; c < 0x3100; c++) {
                assertEquals(text.indexOf(c) >= 0, present.has(c), text + " has " + (int) c);
            }
            for (char c : chars) {
                org.junit.jupiter.api.Assertions.assertTrue(present.has(c));
            }
            // Made with the body's pair filter in the same pass, wherever the body starts: the same answers.
            CharPresence withPairs = CharPresence.of(chars, random.nextInt(chars.length + 1));
            for (char c = 0x2F00; c < 0x3100; c++) {
                assertEquals(present.has(c), withPairs.has(c), text + " has " + (int) c);
            }
            for (char c : chars) {
                org.junit.jupiter.api.Assertions.assertTrue(withPairs.has(c));
            }
            for (int k = 0; k < 200; k++) {
                char from = (char) (0x2F00 + random.nextInt(0x200));
                char to = (char) Math.min(0xFFFF, from + random.nextInt(random.nextBoolean() ? 70 : 400));
                boolean expected = false;
                for (char c : chars) {
                    expected |= c >= from && c <= to;
                }
                assertEquals(expected, present.hasAny(from, to), text + " has one of " + (int) from + ".." + (int) to);
            }
        }
        assertEquals(true, CharPresence.of(new char[] {'\uFFFF'}).hasAny('\uFFC0', '\uFFFF'));
        assertEquals(false, CharPresence.of(new char[] {'\uFFBF'}).hasAny('\uFFC0', '\uFFFF'));
        assertEquals(true, CharPresence.of(new char[] {'\u0000'}).hasAnyOf("\u0000a"));
        assertEquals(false, CharPresence.of(new char[] {'b'}).hasAnyOf("\u0000a"));
    }

    /** The body's marks are listed where they stand, in order, and nothing else; the front matter's are not. */
    @Test
    void listsWhereTheBodysMarksStand() {
        String marks = "(),;:?!\u2018\u2019\u201A\u201B\u201C\u201D\u3008\u3009\u300A\u300B\u300C\u300D\u300E\u300F\u3010\u3011\uFF08\uFF09";
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(marks.indexOf(c) >= 0, CharPresence.isMark((char) c), "U+" + Integer.toHexString(c));
        }
        java.util.Random random = new java.util.Random(17);
        String pieces = marks + "文a 。，\n\u3000\uFF0C\u2014";
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(round < 1_000 ? 40 : 400)]; // long enough to grow the list too
            for (int i = 0; i < chars.length; i++) {
                chars[i] = pieces.charAt(random.nextInt(pieces.length()));
            }
            int bodyStart = random.nextInt(chars.length + 1);
            java.util.List<Integer> expected = new java.util.ArrayList<>();
            for (int i = bodyStart; i < chars.length; i++) {
                if (marks.indexOf(chars[i]) >= 0) {
                    expected.add(i);
                }
            }
            CharPresence present = CharPresence.of(chars, bodyStart);
            assertEquals(expected, java.util.Arrays.stream(present.bodyMarks(), 0, present.bodyMarkCount()).boxed().toList(), new String(chars));
        }
    }

    /** A set given as flags meets the text exactly when one of its characters occurs in it. */
    @Test
    void intersectsASetExactlyWhenTheTextHoldsOneOfIt() {
        java.util.Random random = new java.util.Random(29);
        for (int round = 0; round < 2_000; round++) {
            boolean[] member = new boolean[0x10000];
            for (int k = random.nextInt(4); k > 0; k--) {
                member[random.nextInt(0x10000)] = true;
            }
            char[] chars = new char[random.nextInt(8)];
            boolean expected = false;
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x10000);
                if (random.nextInt(4) == 0) {
                    member[chars[i]] = true;
                }
            }
            for (char c : chars) {
                expected |= member[c];
            }
            long[] bits = new long[1 << 10];
            for (int c = 0; c < member.length; c++) {
                if (member[c]) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            assertEquals(expected, CharPresence.of(chars).intersects(new CharSet(bits)), new String(chars));
        }
    }

    /** A set's bits are 1,024 words, one bit per UTF-16 unit, as the survey's are; any other length is a mistake. */
    @Test
    void aSetOfTheWrongSizeIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CharSet(new long[16]));
    }
}
