package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScanTest {
    /** Scan.find from each match's end gives the matches find() gives over the same region, in order. */
    @Test
    void findsWhatFindFinds() {
        Pattern entity = Pattern.compile("&(?:amp;)?(#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
        String[] pieces = {"&", "amp;", "#", "1", "a", ";", " ", "x", "&#12;", "&ab;"};
        Random random = new Random(9);
        int matches = 0;
        for (int round = 0; round < 20_000; round++) {
            String s = Pieces.text(random, "", pieces, 24);
            int start = s.isEmpty() ? 0 : random.nextInt(s.length());
            int end = start + (s.length() == start ? 0 : random.nextInt(s.length() - start + 1));
            List<String> expected = new ArrayList<>();
            Matcher m = entity.matcher(s).region(start, end);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> found = new ArrayList<>();
            Matcher n = entity.matcher(s);
            for (int from = start; Scan.find(n, s, '&', from, end); from = n.end()) {
                found.add(n.start() + "-" + n.end());
            }
            assertEquals(expected, found, s + " [" + start + "," + end + ")");
            matches += expected.size();
        }
        assertTrue(matches > 1_000, "matches " + matches);
    }

    /** isRegexSpace is java.util.regex's \s (without UNICODE_CHARACTER_CLASS), for every character. */
    @Test
    void regexSpaceIsWhatThePatternMatches() {
        Pattern space = Pattern.compile("\\s");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(space.matcher(String.valueOf((char) c)).matches(), Scan.isRegexSpace((char) c), Integer.toHexString(c));
        }
    }
}
