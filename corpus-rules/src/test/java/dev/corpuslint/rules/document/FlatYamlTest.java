package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The hand-read flat front matter must be exactly the tree snakeyaml composes, or be left to snakeyaml. */
class FlatYamlTest {
    private static final Path CORPUS = Path.of(System.getProperty("corpuslint.shared", "../../shared"), "corpus");

    private static final String[] KEYS = {"title", "date", "tags", "categories", "author", "source", "a-b", "_x", "x1",
        "true", "null", "1", "on", "-k", "k k", "key ", "中文", ""};
    private static final String[] AFTER_KEY = {":", ": ", ": ", ": ", ":  ", " :", ":\t", "::", ": :"};
    private static final String[] VALUE_PIECES = {"text", "中文 标题", "a b", "http://x.y/z?a=1&b=2", "2021-01-22T07:15:33.195Z",
        "2020-07-08 20:57:27.000000000 +08:00", "2023-03-14", "123", "1.5", "0x1F", "true", "null", "~", "", " ", "  ", ":",
        ": ", "#", " #", "-", "- ", "?", "*a", "&a", "!t", "|", ">", "%", "@", "`", "\"", "'", "\"q\"", "'s'", "\"a\\\"b\"",
        "'it''s'", "[", "]", "[a, b]", "[ 联合早报 ]", "[]", "[ ]", "[a,]", "[a, [b]]", "[a,b ,c]", "{", "}", "{a: b}", ",",
        "\u00A0", "\u3000", "😀", "\u0085", "\u2028", "\uFEFF", "\t", "\r", "é", "\u0080", "x:y", "a #b", "a#b", "a:", "\"x\" y"};
    private static final String[] OTHER_LINES = {"", "", " ", "# c", "  x: y", "- a", "---", "...", "%YAML 1.2", "? k", "k",
        "\t", "\r", "  continued"};

    @Test
    void generatedFrontMattersComposeAsSnakeyamlDoesOrAreDeclined() {
        Random random = new Random(8);
        int accepted = 0;
        int total = 100_000;
        for (int i = 0; i < total; i++) {
            String yaml = generate(random);
            if (compareWithSnakeyaml(yaml)) {
                accepted++;
            }
        }
        // Both paths must be exercised: many accepted texts to compare, many declined to show the bounds.
        assertTrue(accepted > total / 10 && accepted < total * 9 / 10, "accepted " + accepted + " of " + total);
    }

    @Test
    void corpusFrontMattersComposeAsSnakeyamlDoes() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        int withFrontMatter = 0;
        int accepted = 0;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                FrontMatter fm = CorpusDocument.fromBytes(p.toString(), Files.readAllBytes(p)).frontMatter().orElse(null);
                if (fm == null || !fm.isClosed()) {
                    continue;
                }
                withFrontMatter++;
                if (compareWithSnakeyaml(fm.contentText())) {
                    accepted++;
                }
            }
        }
        // The point of the subset: nearly all real front matter is in it.
        assertTrue(withFrontMatter > 7000 && accepted > withFrontMatter * 9 / 10,
                "accepted " + accepted + " of " + withFrontMatter);
    }

    /**
     * Plain values that open with a character no resolver of the schema is indexed by are strings: the
     * resolver agrees for every first character of the BMP, followed by the rest of every implicit form of YAML
     * 1.1 and 1.2 (booleans, nulls, numbers, infinities), so a schema that resolves more would fail here.
     */
    @Test
    void valuesTheResolverIsNotAskedAboutAreStrings() {
        org.snakeyaml.engine.v2.resolver.ScalarResolver resolver = FrontMatter.SETTINGS.getSchema().getScalarResolver();
        String[] rests = {"", "rue", "RUE", "alse", "ALSE", "ull", "ULL", "es", "ES", "o", "n", "N", "ff", "FF", "1", "0",
            ".5", "inf", "Inf", "nan", "NaN", "x1f", "o17", "b101", "{A}", "{A:-b}", "2024-07-03", " x", "中",
            // After a digit, dates as front matter writes them, which the resolver is not asked about.
            "021-01-22", "021-01-22T07:15:33.195Z", "021-01-22 07:15:33.123456789 +08:00", "999-", "000-1", "1e-5", "0e-1"};
        int asked = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String rest : rests) {
                String value = c + rest;
                assertEquals(resolver.resolve(value, true), FlatYaml.resolve(value), () -> "U+" + Integer.toHexString(value.charAt(0)) + rest);
            }
            asked += FlatYaml.resolve(c + "1") != org.snakeyaml.engine.v2.nodes.Tag.STR ? 1 : 0;
        }
        assertEquals(resolver.resolve("", true), FlatYaml.resolve(""));
        org.junit.jupiter.api.Assertions.assertTrue(asked >= 10, "first characters resolved to other tags: " + asked);
    }

    @Test
    void readsTheCommonForms() {
        String yaml = "layout: post\ntitle: \"中国驻英大使\"\ndate: 2021-01-22T07:15:33.195Z\n\ntags: [ 联合早报 ]\nnote: 'x'\n"
                + "categories: [a, b c,d]\nempty: []\n";
        assertNotNull(FlatYaml.compose(yaml));
        assertTrue(compareWithSnakeyaml(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "title: x", "title: x\r\n", "title:\n", "title: x # c\n", "title: a: b\n", "- a\n",
        "title: x\n  more\n", "title: \"a\\\"b\"\n", "title: 'it''s'\n", "tags: [a, [b]]\n", "tags: [a,]\n",
        "title: 😀\n", "title: *a\n", "title:\tx\n", "key : x\n", "# c\ntitle: x\n", " \ntitle: x\n", "title: x:\n"})
    void declinesWhatItCannotReadExactly(String yaml) {
        assertNull(FlatYaml.compose(yaml));
    }

    /** Whether the flat reading accepted {@code yaml}; when it did, snakeyaml's tree must be the same. */
    private static boolean compareWithSnakeyaml(String yaml) {
        MappingNode flat = FlatYaml.compose(yaml);
        if (flat == null) {
            return false;
        }
        // FrontMatter skips its depth scan for what this reads; the scan must have nothing to find there.
        assertEquals(-1, FrontMatter.tooDeepAt(yaml), "depth scan on accepted " + show(yaml));
        Node expected;
        try {
            expected = new Compose(FrontMatter.SETTINGS).composeString(yaml).orElseThrow();
        } catch (YamlEngineException e) {
            throw new AssertionError("accepted, but snakeyaml rejects " + show(yaml) + ": " + e.getMessage(), e);
        }
        assertSame(expected, flat, yaml, "root");
        return true;
    }

    private static void assertSame(Node expected, Node actual, String yaml, String where) {
        String context = where + " of " + show(yaml);
        assertEquals(expected.getClass(), actual.getClass(), context);
        assertEquals(expected.getTag(), actual.getTag(), context);
        assertMark(expected.getStartMark().orElseThrow(), actual.getStartMark().orElseThrow(), context + " (start)");
        assertMark(expected.getEndMark().orElseThrow(), actual.getEndMark().orElseThrow(), context + " (end)");
        if (expected instanceof ScalarNode s) {
            assertEquals(s.getValue(), ((ScalarNode) actual).getValue(), context);
            assertEquals(s.getScalarStyle(), ((ScalarNode) actual).getScalarStyle(), context);
        } else {
            assertEquals(((CollectionNode<?>) expected).getFlowStyle(), ((CollectionNode<?>) actual).getFlowStyle(), context);
        }
        if (expected instanceof SequenceNode s) {
            List<Node> items = ((SequenceNode) actual).getValue();
            assertEquals(s.getValue().size(), items.size(), context);
            for (int i = 0; i < items.size(); i++) {
                assertSame(s.getValue().get(i), items.get(i), yaml, where + "[" + i + "]");
            }
        }
        if (expected instanceof MappingNode m) {
            List<NodeTuple> tuples = ((MappingNode) actual).getValue();
            assertEquals(m.getValue().size(), tuples.size(), context);
            for (int i = 0; i < tuples.size(); i++) {
                assertSame(m.getValue().get(i).getKeyNode(), tuples.get(i).getKeyNode(), yaml, where + ".key" + i);
                assertSame(m.getValue().get(i).getValueNode(), tuples.get(i).getValueNode(), yaml, where + ".value" + i);
            }
        }
    }

    private static void assertMark(Mark expected, Mark actual, String context) {
        assertEquals(expected.getName(), actual.getName(), context);
        assertEquals(List.of(expected.getIndex(), expected.getLine(), expected.getColumn()),
                List.of(actual.getIndex(), actual.getLine(), actual.getColumn()), context);
    }

    private static String generate(Random random) {
        StringBuilder yaml = new StringBuilder();
        for (int lines = 1 + random.nextInt(6), l = 0; l < lines; l++) {
            if (random.nextInt(12) == 0) {
                yaml.append(OTHER_LINES[random.nextInt(OTHER_LINES.length)]);
            } else {
                yaml.append(random.nextInt(4) == 0 ? KEYS[random.nextInt(KEYS.length)] : KEYS[random.nextInt(6)]);
                yaml.append(random.nextInt(6) == 0 ? AFTER_KEY[random.nextInt(AFTER_KEY.length)] : ": ");
                for (int pieces = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3), p = 0; p < pieces; p++) {
                    yaml.append(VALUE_PIECES[random.nextInt(random.nextInt(6) == 0 ? VALUE_PIECES.length : 12)]);
                }
            }
            yaml.append('\n');
        }
        return random.nextInt(20) == 0 ? yaml.substring(0, yaml.length() - 1) : yaml.toString();
    }

    private static String show(String yaml) {
        return "`" + yaml.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "`";
    }
}
