package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class FirstCharsTest {
    /** The set as a sorted string, or null. */
    private static String read(String pattern) {
        return asString(FirstChars.of(pattern));
    }

    /** The characters a pattern anchored at the end must end with, as a sorted string, or null. */
    private static String readLast(String pattern) {
        return asString(FirstChars.lastOf(pattern));
    }

    private static String asString(long[] bits) {
        if (bits == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (FirstChars.contains(bits, (char) c)) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "^(?:分享到|分享至|分享)\\s*[：:]	分",
        "^[（(【\\[]?(?:责任编辑|實習編輯)	(【[（责實",
        "^(?:(?:微信|QQ空间|打印)[\\s|｜/]*){3,}$	QQ微打",
        "^a{0,2}b+c	ab",
        "^(?:版权|[【\\[])\\s*[^a-z]	版【[",
        "^\\d+[.、]	0123456789",
        "(?i)^copyright\\s+	cC",
        "(?i)^(?:copyright\\s*)?(?:©|\\(c\\))\\s*(?:19|20)\\d{2}	cC©(",
        "(?i)^[ks]i	kKsS\u212A\u017F",
        "(?i)^中文	中",
        "^\\.x	.",
        "^[-a]	-a",
        "^(?:x?y)?z	xyz",
    })
    void readsTheShapesThePacksUse(String pattern, String expected) {
        assertEquals(new TreeSet<>(chars(expected)), new TreeSet<>(chars(read(pattern))), pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "^(?:(?:微信|QQ空间|打印)[|｜/]*){3,}$	信间印|｜/",
        "^(?:阅读全文|查看更多)[>》]*$	文多>》",
        "^a(?:b|cd)?$	abd",
        "^x(?:y?z?)$	xyz",
        "a\\.$	.",
        "(?i)^copyright$	tT",
        "^\\d+$	0123456789",
        "^[（(]?本文$	文",
    })
    void readsWhatAMatchEndsWith(String pattern, String expected) {
        assertEquals(new TreeSet<>(chars(expected)), new TreeSet<>(chars(readLast(pattern))), pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "^abc",            // no anchor at the end
        "^abc\\$",         // an escaped dollar
        "^a*$",            // can match the empty text
        "^a|b$",           // the anchor ends one alternative only
        "^a.$",            // any character
        "^a[^b]$",         // a negated class
        "^a\\S$",          // a class escape it does not read
    })
    void answersAnyLastCharacterForWhatItDoesNotRead(String pattern) {
        assertNull(readLast(pattern), pattern);
    }

    /** RE2's `\\s` is ASCII whitespace only: an ideographic space cannot start `\\s*版权`, a tab can. */
    @Test
    void readsSpaceAsRe2Does() {
        assertEquals("\t\n\f\r 【版", read("^[【]?\\s*版权"));
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toList();
    }

    /**
     * Under {@code (?i)} the set holds every character RE2/J itself matches: each ASCII letter and a few caseless
     * characters, against every character of the Basic Multilingual Plane.
     */
    @Test
    void foldsCaseAsRe2Does() {
        List<String> firsts = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            firsts.add(String.valueOf(c));
        }
        firsts.addAll(List.of("©", "中", "【", "1"));
        for (String first : firsts) {
            String source = "(?i)^" + first;
            long[] set = FirstChars.of(source);
            Pattern pattern = Pattern.compile(source);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (!Character.isSurrogate((char) c) && pattern.matcher(String.valueOf((char) c)).find()) {
                    assertTrue(FirstChars.contains(set, (char) c), source + " matches U+" + Integer.toHexString(c));
                }
            }
        }
    }

    /** What it cannot read safely, it does not filter: any character may start a match. */
    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "(?s)^a",               // another flag
        "(?i)a",                // not anchored
        "(?i)^é",               // a letter outside ASCII, under (?i)
        "(?i)^Ⓐ",               // a symbol with a case
        "(?i)^ß",               // folds with ẞ, which has no lower-case mapping of its own
        "^a|b",                 // b is not anchored
        "^(?:a)?$",             // matches the empty line
        "^[【]?\\S*版权",        // \S can start it
        "^.x",
        "^[a-z]x",              // a range
        "^[^a]x",               // a negated class
        "^(?=a)a",              // a look-ahead
        "^\\x{4E00}",
        "^😀?x",                // beyond the BMP: its quantifier covers both halves
        "[?&]utm_source=",      // not anchored
        "^a{x}",
        "^(?:a",
        "^\\Qa|b\\E",
    })
    void answersAnyCharacterForWhatItDoesNotRead(String pattern) {
        assertNull(read(pattern), pattern);
    }

    /** Every pattern of the bundled packs, with the rule's example, read from the pack files. */
    static List<Map<String, Object>> packRules() throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        Path dir = Path.of("src/main/resources/dev/corpuslint/rules/packs");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> pack = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> packRules = (List<Map<String, Object>>) pack.get("rules");
                    rules.addAll(packRules);
                }
            }
        }
        return rules;
    }

    /**
     * The filter never turns away a line the pattern matches: every bundled pattern against the examples of
     * every pack rule and the lines of the sample files, each line also from every one of its characters on
     * (so that lines start with every character the texts hold).
     */
    @Test
    void neverRejectsALineABundledPatternMatches() throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Map<String, Object> rule : packRules()) {
            if (rule.get("example") instanceof String example) {
                texts.add(example);
            }
            if (rule.get("patterns") instanceof List<?> list) {
                list.forEach(p -> patterns.add((String) p));
            }
        }
        try (Stream<Path> samples = Files.list(Path.of("../examples/corpus"))) {
            for (Path sample : samples.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(sample, StandardCharsets.UTF_8));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                String stripped = line.strip();
                for (int i = 0; i < stripped.length(); i++) {
                    lines.add(stripped.substring(i));
                }
                lines.add("");
            }
        }
        neverRejects(patterns, lines, FirstChars::of, (set, line) -> FirstChars.contains(set, line.charAt(0)), 20);
        // What a match ends with, over the same lines cut at every character (so that lines end with every
        // character the texts hold).
        List<String> cut = new ArrayList<>();
        for (String line : lines) {
            for (int end = 1; end <= line.length() && end <= 60; end++) {
                cut.add(line.substring(0, end));
            }
            cut.add(line);
        }
        neverRejects(patterns, cut, FirstChars::lastOf, (set, line) -> FirstChars.contains(set, line.charAt(line.length() - 1)), 3);
    }

    /** Every line a pattern the filter reads matches is one the filter lets through; enough patterns read and lines matched to tell. */
    private static void neverRejects(List<String> patterns, List<String> lines, java.util.function.Function<String, long[]> filter,
            java.util.function.BiPredicate<long[], String> admits, int minimum) {
        int read = 0;
        int matched = 0;
        for (String source : patterns) {
            long[] set = filter.apply(source);
            if (set == null) {
                continue;
            }
            read++;
            Pattern pattern = Pattern.compile(source);
            for (String line : lines) {
                if (pattern.matcher(line).find()) {
                    matched++;
                    assertTrue(!line.isEmpty() && admits.test(set, line), source + " matches " + line);
                }
            }
        }
        assertTrue(read >= minimum, "the filter reads " + read + " of " + patterns.size() + " bundled patterns");
        assertTrue(matched >= read, "too few matching lines to tell: " + matched);
    }
}
