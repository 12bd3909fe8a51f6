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

    /** Every mapping in the tree, outermost first; depth is capped so hostile nesting cannot overflow the stack. */
    static void forEachMapping(Node node, Consumer<MappingNode> action) {
        walk(node, action, 0);
    }

    private static void walk(Node node, Consumer<MappingNode> action, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            action.accept(mapping);
            for (NodeTuple tuple : mapping.getValue()) {
                walk(tuple.getKeyNode(), action, depth + 1);
                walk(tuple.getValueNode(), action, depth + 1);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, action, depth + 1);
            }
        }
    }

    static Optional<String> scalarText(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }
}
