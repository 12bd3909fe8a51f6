package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.Lint;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

class MisreadYamlValueTest {
    private final MisreadYamlValue rule = new MisreadYamlValue();

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "title: 论文分享 | StateFuzz: 状态敏感 => title: '论文分享 | StateFuzz: 状态敏感'",
        "title: [直播预告] “数字卫士“新品发布 => title: '[直播预告] “数字卫士“新品发布'",
        "title: C# 入门 #1 => title: 'C# 入门 #1'",
        "title: It's a trap: yes => title: 'It''s a trap: yes'",
        "title: 2024 => title: '2024'",
        "author: true => author: 'true'",
    })
    void quotesValuesYamlWouldMisread(String line, String expected) {
        assertEquals("---\n" + expected + "\ndate: 2024-07-03\n---\n", Lint.fix(rule, "---\n" + line + "\ndate: 2024-07-03\n---\n", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: 关注 | 中央网信办召开会议", "author: yes", "title: '已经: 引号'", "title: \"双引号\"", "date: 2024-07-03", "tags: [a, b]",
        "title: >\n  folded text",
    })
    void leavesValuesReadAsWritten(String lines) {
        assertEquals(List.of(), Lint.run(rule, "---\n" + lines + "\n---\n"));
    }

    /**
     * The key and the value read by hand are those the entry pattern the rule once matched every line with
     * finds: on generated `key: value` lines with blanks, colons, line separators and quotes in every place.
     */
    @Test
    void theKeyAndValueReadByHandAreThoseTheEntryPatternFinds() {
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^([A-Za-z_][\\w-]*)([ \\t]*:[ \\t]+)(.*?)[ \\t]*$");
        String alphabet = "titlesourcea_-9 \t:：中'\"#Zx\u2028\u0085\u3000";
        Random random = new Random(20261124);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            // Mostly `key: value` shapes, with hostile characters around and inside the key and the colon.
            StringBuilder line = new StringBuilder();
            if (random.nextBoolean()) {
                line.append(List.copyOf(MisreadYamlValue.TEXT_KEYS).get(random.nextInt(MisreadYamlValue.TEXT_KEYS.size())));
            }
            for (int part = 0; part < 3; part++) {
                for (int k = random.nextInt(3); k > 0; k--) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                line.append(part == 0 ? (random.nextInt(4) == 0 ? " " : "") + ":" : part == 1 ? " " : "");
            }
            if (random.nextInt(4) == 0) {
                line.append(random.nextBoolean() ? " " : "\t");
            }
            String text = line.toString();
            java.util.regex.Matcher m = entry.matcher(text);
            String key = MisreadYamlValue.leadingKey(text);
            long expected = -1;
            if (m.matches()) {
                assertEquals(m.group(1), key, text);
                if (!m.group(3).isEmpty()) {
                    expected = (long) m.start(3) << 32 | m.end(3);
                    matched++;
                }
            }
            assertEquals(expected, MisreadYamlValue.valueBounds(text, key.length()), text);
        }
        assertTrue(matched > 10_000, "the lines exercise the pattern: " + matched);
    }

    /** What snakeyaml makes of {@code title: value}, or the error it throws. */
    private static Object loadedTitle(Load load, String value) {
        try {
            return load.loadFromString("title: " + value);
        } catch (YamlEngineException e) {
            return e;
        }
    }

    /**
     * The shortcut that skips loading a value must never clear one snakeyaml reads otherwise: random values
     * over YAML's indicators, spaces, line and byte-order characters, digits and CJK, each cleared one
     * loaded and compared. Also that it clears ordinary Chinese titles, or it would save nothing.
     */
    @Test
    void valuesClearedWithoutLoadingReadAsWritten() {
        String alphabet = "中文a1. -?:,[]{}#&*!|>'\"%@`~\t\u00A0\u3000\u0085\u2028\uFEFF\uFFFE\u00E9\u0080\u007F\uD83D\uDE00\uE000";
        Random random = new Random(20261123);
        Load load = new Load(LoadSettings.builder().build());
        int cleared = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int length = 1 + random.nextInt(6); value.length() < length; ) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = value.toString().strip();
            if (v.isEmpty() || !MisreadYamlValue.isSurelyPlainText(v)) {
                continue;
            }
            cleared++;
            assertEquals(Map.of("title", v), loadedTitle(load, v), () -> "cleared without loading: " + v.chars().mapToObj(Integer::toHexString).toList());
        }
        assertTrue(cleared > 1_000, "cleared " + cleared);
        // ASCII values are cleared for a space between words: YAML's scalars that are not strings hold none.
        List<String> tokens = List.of("null", "Null", "~", "true", "FALSE", "yes", "off", "1", "-1", "+1", "1e3", ".inf", "-.Inf", ".NaN",
                "0x1F", "0o17", "1_000", "2024-01-01", "12.5", "a", "Hello", "'q'", "\"q\"", "[1]", "{a}", "-", "?", "&a", "*a", "!t", "%", "@");
        int words = 0;
        for (String first : tokens) {
            for (String second : tokens) {
                for (String join : List.of(" ", "  ", " - ", " , ")) {
                    String v = first + join + second;
                    if (!MisreadYamlValue.isSurelyPlainText(v)) {
                        continue;
                    }
                    words++;
                    assertEquals(Map.of("title", v), loadedTitle(load, v), "cleared without loading: " + v);
                }
            }
        }
        assertTrue(words > 2_000, "cleared " + words);
        // One word alone, in every case YAML's booleans and nulls are written in.
        for (String token : tokens) {
            for (String v : List.of(token, token.toLowerCase(java.util.Locale.ROOT), token.toUpperCase(java.util.Locale.ROOT), token + "-x", token + "_1")) {
                if (MisreadYamlValue.isSurelyPlainText(v)) {
                    assertEquals(Map.of("title", v), loadedTitle(load, v), "cleared without loading: " + v);
                }
            }
        }
        assertTrue(MisreadYamlValue.isSurelyPlainText("RedTeam") && MisreadYamlValue.isSurelyPlainText("M01N-Team_2"));
        assertTrue(!MisreadYamlValue.isSurelyPlainText("Yes") && !MisreadYamlValue.isSurelyPlainText("NULL") && !MisreadYamlValue.isSurelyPlainText("a.b"));
        // A colon inside a word and a hash inside one are text; before a space, at the end or after a space they are not.
        assertTrue(MisreadYamlValue.isSurelyPlainText("英冠1:1列斯聯") && MisreadYamlValue.isSurelyPlainText("C# 入门"));
        assertTrue(!MisreadYamlValue.isSurelyPlainText("论文分享: 状态") && !MisreadYamlValue.isSurelyPlainText("入门 #1")
                && !MisreadYamlValue.isSurelyPlainText("状态:"));
        assertTrue(MisreadYamlValue.isSurelyPlainText("Cyber Security Weekly"));
        assertTrue(!MisreadYamlValue.isSurelyPlainText("2024-01-01") && !MisreadYamlValue.isSurelyPlainText("true"));
        assertTrue(MisreadYamlValue.isSurelyPlainText("网络安全法到底修改了什么？"));
        assertTrue(MisreadYamlValue.isSurelyPlainText("Doonsec's feed 安全日报, 第 3 期 (2025)"));
    }
}
