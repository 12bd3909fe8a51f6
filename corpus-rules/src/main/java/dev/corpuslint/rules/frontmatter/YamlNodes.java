package dev.corpuslint.rules.frontmatter;

import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Small walks over a composed YAML tree shared by the front-matter rules. */
final class YamlNodes {
    private static final int MAX_DEPTH = 64;

    private YamlNodes() {}

    /**
     * Every mapping in the tree, outermost first, each once: an alias is a second path to a node already
     * visited, and following it again would let `a1: [*a0, *a0]` chains double the work at every level.
     * Depth is capped as well, so hostile nesting cannot overflow the stack.
     */
    static void forEachMapping(Node node, Consumer<MappingNode> action) {
        walk(node, action, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void walk(Node node, Consumer<MappingNode> action, int depth, java.util.Set<Node> seen) {
        if (depth > MAX_DEPTH || !seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            action.accept(mapping);
            for (NodeTuple tuple : mapping.getValue()) {
                walk(tuple.getKeyNode(), action, depth + 1, seen);
                walk(tuple.getValueNode(), action, depth + 1, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, action, depth + 1, seen);
            }
        }
    }

    /** A top-level entry whose key is a scalar. */
    record Entry(String key, ScalarNode keyNode, Node value) {}

    /**
     * The top-level entries of a document's front matter, when it parses to a mapping; otherwise none. Listed
     * once per document and shared: a dozen front-matter rules ask, some once per key they look up.
     */
    static java.util.List<Entry> entries(dev.corpuslint.rules.document.CorpusDocument document) {
        return document.derived(Entry.class, YamlNodes::listEntries);
    }

    private static java.util.List<Entry> listEntries(dev.corpuslint.rules.document.CorpusDocument document) {
        return document.frontMatter().flatMap(fm -> fm.yaml()).map(root -> {
            java.util.List<Entry> out = new java.util.ArrayList<>();
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        out.add(new Entry(key.getValue(), key, tuple.getValueNode()));
                    }
                }
            }
            return java.util.List.copyOf(out);
        }).orElse(java.util.List.of());
    }

    /** The value of a top-level key, if the front matter parses to a mapping that has it. */
    static Optional<Node> value(dev.corpuslint.rules.document.CorpusDocument document, String key) {
        for (Entry entry : entries(document)) {
            if (entry.key().equals(key)) {
                return Optional.ofNullable(entry.value());
            }
        }
        return Optional.empty();
    }

    /** The quote a scalar was written with (`'`, `"`), or "" for plain and block scalars. */
    static String quoteOf(ScalarNode value) {
        return switch (value.getScalarStyle()) {
            case SINGLE_QUOTED -> "'";
            case DOUBLE_QUOTED -> "\"";
            default -> "";
        };
    }

    static Optional<String> scalarText(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }
}
