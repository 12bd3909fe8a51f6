package dev.corpuslint.rules.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed reads of a composed YAML file (configuration, rule packs) that fail with the file, line, column
 * and key of the offending node. Composed with snakeyaml-engine: positions kept, nothing constructed.
 */
public record YamlReader(String name) {
    /** The root node, or null for an empty file. */
    public Node compose(String text) throws ConfigException {
        try {
            return new Compose(LoadSettings.builder().setLabel(name).setMaxAliasesForCollections(10).build())
                    .composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(null);
            throw new ConfigException(name, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "invalid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(name, 1, 1, "invalid YAML: " + e.getMessage());
        }
    }

    public ConfigException error(Node node, String message) {
        Mark mark = node.getStartMark().orElse(null);
        return new ConfigException(name, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, message);
    }

    /** The entries of a mapping in file order; a key outside {@code allowed} (when given) or a repeated key is an error. */
    public Map<String, Node> mapping(Node node, String what, Collection<String> allowed) throws ConfigException {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key `" + key + "` in " + what + " (expected one of: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "duplicate key `" + key + "` in " + what);
            }
        }
        return out;
    }

    public String scalar(Node node, String what) throws ConfigException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    public List<String> strings(Node node, String key) throws ConfigException {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "`" + key + "` must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            out.add(scalar(item, "each item of `" + key + "`"));
        }
        return out;
    }

    public List<Node> items(Node node, String key) throws ConfigException {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "`" + key + "` must be a list");
        }
        return sequence.getValue();
    }

    public boolean bool(Node node, String key) throws ConfigException {
        String value = scalar(node, "`" + key + "`");
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(node, "`" + key + "` must be true or false, not `" + value + "`");
        };
    }

    public int integer(Node node, String key, int min, int max) throws ConfigException {
        String value = scalar(node, "`" + key + "`");
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw error(node, "`" + key + "` must be a whole number from " + min + " to " + max + ", not `" + value + "`");
    }

    public double fraction(Node node, String key) throws ConfigException {
        String value = scalar(node, "`" + key + "`");
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw error(node, "`" + key + "` must be a number greater than 0 and at most 1, not `" + value + "`");
    }
}
