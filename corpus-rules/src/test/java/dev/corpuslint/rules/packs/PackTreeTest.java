package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.config.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

class PackTreeTest {
    private static final Path SOURCES = Path.of("src/main/resources/dev/corpuslint/rules/packs");

    static Stream<String> bundledFiles() throws Exception {
        return BundledPacks.listed(Files.readString(SOURCES.resolve("index.txt"))).stream();
    }

    /** What PackLoader reads of a node: its kind, value, start line and column, and its children. */
    private static String describe(Node node) {
        String at = node.getStartMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse("?");
        if (node instanceof ScalarNode scalar) {
            return at + " " + scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return at + " [" + String.join(", ", sequence.getValue().stream().map(PackTreeTest::describe).toList()) + "]";
        }
        MappingNode mapping = assertInstanceOf(MappingNode.class, node);
        return at + " {" + String.join(", ", mapping.getValue().stream()
                .map(t -> describe(t.getKeyNode()) + ": " + describe(t.getValueNode())).toList()) + "}";
    }

    /**
     * The tree the build stored for each bundled pack is what composing its YAML gives now. A pack edited
     * without rebuilding, or a tree the build failed to store, fails here rather than loading stale rules.
     */
    @ParameterizedTest
    @MethodSource("bundledFiles")
    void theStoredTreeOfEveryBundledPackIsItsYamlComposed(String file) throws Exception {
        Node stored = BundledPacks.tree(file);
        assertNotNull(stored, "the build stores " + file + PackTree.SUFFIX);
        Node composed = new YamlReader("packs/" + file).compose(Files.readString(SOURCES.resolve(file)));
        assertEquals(describe(composed), describe(stored));
    }

    @Test
    void aTreeReadsBackAsWrittenWithPositionsAndNonAsciiText() throws Exception {
        String yaml = "pack: t\nrules:\n  - code: BP950\n    phrases: [关注我们, 'a: b', \"\\u00e9\"]\n    position: {head: 3}\n"
                + "    example: |\n      第一行\n      second\n";
        Node composed = new YamlReader("t.yaml").compose(yaml);
        Node read = PackTree.read("t.yaml", new ByteArrayInputStream(PackTree.write(composed))).orElseThrow();
        assertEquals(describe(composed), describe(read));
        assertTrue(describe(read).contains("关注我们"), describe(read));
    }

    /** A pack loaded from its tree is the pack loaded from its YAML, down to where a clash is reported. */
    @Test
    void aPackFromItsTreeReportsTheSamePositionsAsFromItsYaml() throws Exception {
        String yaml = Files.readString(SOURCES.resolve("cqtv.yaml"));
        Node tree = PackTree.read("packs/cqtv.yaml", new ByteArrayInputStream(
                PackTree.write(new YamlReader("packs/cqtv.yaml").compose(yaml)))).orElseThrow();
        var takenByYaml = new HashMap<String, String>();
        var takenByTree = new HashMap<String, String>();
        RulePack fromYaml = PackLoader.load("packs/cqtv.yaml", yaml, true, takenByYaml);
        RulePack fromTree = PackLoader.load("packs/cqtv.yaml", tree, true, takenByTree);
        assertEquals(takenByYaml, takenByTree);
        assertEquals(fromYaml.rules().stream().map(r -> r.metadata() + r.doc()).toList(),
                fromTree.rules().stream().map(r -> r.metadata() + r.doc()).toList());
    }

    @Test
    void aTreeInAnotherFormatIsNotRead() throws Exception {
        byte[] other = "pack: t\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(PackTree.read("t", new ByteArrayInputStream(other)).isEmpty());
    }
}
