package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Patterns that are only literal prefixes are answered by startsWith, exactly as RE2/J answers them. */
class LiteralPrefixesTest {
    @Test
    void readsALiteralAndAGroupOfLiterals() {
        assertEquals(List.of("![cover_image]("), LiteralPrefixes.of("^!\\[cover_image\\]\\("));
        assertEquals(List.of("欢迎关注", "關注我們", "a.b"), LiteralPrefixes.of("^(?:欢迎关注|關注我們|a\\.b)"));
        assertEquals(List.of("# ", "x"), LiteralPrefixes.of("^(?:# |x)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "^", "^(?:a|)", "^(?:|a)", "^(?:a|b)c", "^(?:a|b)?", "^a?", "^a*b", "^[ab]", "^a.b",
        "^\\sa", "^\\d", "^a\\", "^(a|b)", "^(?:a|(?:b))", "^(?:a|b", "^a$", "^a|b", "^\uD83D\uDE00", "^a{2}", "^\\Qa\\E"})
    void answersNullForAnythingElse(String pattern) {
        assertNull(LiteralPrefixes.of(pattern), pattern);
    }

    /** Lines made of the literals' pieces, cut anywhere: startsWith agrees with RE2/J's find on every one. */
    @ParameterizedTest
    @ValueSource(strings = {"^(?:欢迎关注|关注我们|点击关注)", "^!\\[cover_image\\]\\(", "^(?:a\\.b|a|\\(c\\))", "^(?:ab|abc|b)"})
    void agreesWithRe2OnGeneratedLines(String source) {
        List<String> literals = LiteralPrefixes.of(source);
        Pattern pattern = Pattern.compile(source);
        String[] pieces = {"欢迎", "关注", "我们", "点击", "!", "[", "cover_image", "]", "(", "a", ".", "b", "c", ")", " ", "x"};
        Random random = new Random(source.hashCode());
        int matched = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(4) == 0) {
                line.insert(0, literals.get(random.nextInt(literals.size())));
            }
            String s = line.toString();
            boolean found = pattern.matcher(s).find();
            assertEquals(found, LiteralPrefixes.matches(literals, s), s);
            matched += found ? 1 : 0;
        }
        assertTrue(matched > 500, "matched " + matched);
    }

    /** Every bundled pattern read as literal prefixes agrees with RE2/J on the lines of the examples and samples. */
    @Test
    void agreesWithRe2OnEveryBundledPatternItReads() throws IOException {
        List<String> patterns = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> rule : FirstCharsTest.packRules()) {
            if (rule.get("patterns") instanceof List<?> list) {
                list.forEach(p -> patterns.add((String) p));
            }
            if (rule.get("example") instanceof String example) {
                lines.addAll(List.of(example.split("\n")));
            }
        }
        try (Stream<Path> samples = Files.list(Path.of("../examples/corpus"))) {
            for (Path sample : samples.filter(Files::isRegularFile).sorted().toList()) {
                lines.addAll(List.of(Files.readString(sample).split("\n")));
            }
        }
        List<String> suffixes = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            for (int i = 0; i <= stripped.length(); i++) {
                suffixes.add(stripped.substring(i));
            }
        }
        int read = 0;
        int matched = 0;
        for (String source : patterns) {
            List<String> literals = LiteralPrefixes.of(source);
            if (literals == null) {
                continue;
            }
            read++;
            Pattern pattern = Pattern.compile(source);
            for (String line : suffixes) {
                boolean found = pattern.matcher(line).find();
                assertEquals(found, LiteralPrefixes.matches(literals, line), source + " on " + line);
                matched += found ? 1 : 0;
            }
        }
        assertTrue(read >= 2, "read " + read + " bundled patterns");
        assertTrue(matched >= read, "matched " + matched);
    }
}
