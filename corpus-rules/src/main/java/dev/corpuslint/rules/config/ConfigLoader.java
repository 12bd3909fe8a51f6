package dev.corpuslint.rules.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Finds and reads {@code .corpuslint.yaml}. Every key is checked: an unknown key or a value of the wrong
 * type is an error naming the file, line, column and key, because a silently ignored setting is worse than
 * none. Composed with snakeyaml-engine (positions kept, nothing constructed).
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".corpuslint.yaml";
    private static final Set<String> TOP_KEYS = Set.of("front-matter");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("required", "recommended", "types", "allow-unknown-keys", "known-keys", "time-zone");

    /** Resolved configuration per directory, so a corpus walk reads each file once. */
    private final Map<Path, CorpusConfig> byDirectory = new ConcurrentHashMap<>();
    private final Map<Path, CorpusConfig> byFile = new ConcurrentHashMap<>();

    /** The configuration that applies to {@code file}: the nearest {@value #FILE_NAME} above it, or the defaults. */
    public CorpusConfig forFile(Path file) throws ConfigException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return forDirectory(dir);
    }

    private CorpusConfig forDirectory(Path dir) throws ConfigException {
        if (dir == null) {
            return CorpusConfig.DEFAULT;
        }
        CorpusConfig cached = byDirectory.get(dir);
        if (cached != null) {
            return cached;
        }
        Path candidate = dir.resolve(FILE_NAME);
        CorpusConfig resolved = Files.isRegularFile(candidate) ? load(candidate) : forDirectory(dir.getParent());
        byDirectory.put(dir, resolved);
        return resolved;
    }

    /** Reads one configuration file (cached). */
    public CorpusConfig load(Path file) throws ConfigException {
        Path key = file.toAbsolutePath().normalize();
        CorpusConfig cached = byFile.get(key);
        if (cached != null) {
            return cached;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 1, 1, "cannot read: " + e.getMessage());
        }
        CorpusConfig config = parse(file.toString(), text, Optional.of(key));
        byFile.put(key, config);
        return config;
    }

    static CorpusConfig parse(String name, String text, Optional<Path> source) throws ConfigException {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(name).setMaxAliasesForCollections(10).build())
                    .composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(null);
            throw new ConfigException(name, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "invalid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(name, 1, 1, "invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new CorpusConfig(source, FrontMatterSchema.DEFAULT);
        }
        Reader reader = new Reader(name);
        Map<String, Node> top = reader.mapping(root, "the configuration", TOP_KEYS);
        FrontMatterSchema schema = top.containsKey("front-matter")
                ? reader.frontMatter(top.get("front-matter"))
                : FrontMatterSchema.DEFAULT;
        return new CorpusConfig(source, schema);
    }

    /** Typed reads that fail with the node's position. */
    private record Reader(String name) {
        ConfigException error(Node node, String message) {
            Mark mark = node.getStartMark().orElse(null);
            return new ConfigException(name, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, message);
        }

        Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws ConfigException {
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

        String scalar(Node node, String what) throws ConfigException {
            if (!(node instanceof ScalarNode scalar)) {
                throw error(node, what + " must be a single value");
            }
            return scalar.getValue();
        }

        List<String> strings(Node node, String key) throws ConfigException {
            if (!(node instanceof SequenceNode sequence)) {
                throw error(node, "`" + key + "` must be a list");
            }
            List<String> out = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                out.add(scalar(item, "each item of `" + key + "`"));
            }
            return out;
        }

        boolean bool(Node node, String key) throws ConfigException {
            String value = scalar(node, "`" + key + "`");
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error(node, "`" + key + "` must be true or false, not `" + value + "`");
            };
        }

        FrontMatterSchema frontMatter(Node node) throws ConfigException {
            FrontMatterSchema d = FrontMatterSchema.DEFAULT;
            Map<String, Node> fm = mapping(node, "`front-matter`", FRONT_MATTER_KEYS);
            List<String> required = fm.containsKey("required") ? strings(fm.get("required"), "required") : d.required();
            List<String> recommended = fm.containsKey("recommended") ? strings(fm.get("recommended"), "recommended") : d.recommended();
            Map<String, String> types = d.types();
            if (fm.containsKey("types")) {
                types = new LinkedHashMap<>();
                for (Map.Entry<String, Node> entry : mapping(fm.get("types"), "`front-matter.types`", null).entrySet()) {
                    String type = scalar(entry.getValue(), "the type of `" + entry.getKey() + "`");
                    if (!FrontMatterSchema.TYPE_NAMES.contains(type)) {
                        throw error(entry.getValue(), "unknown type `" + type + "` for `" + entry.getKey() + "` (expected one of: "
                                + String.join(", ", FrontMatterSchema.TYPE_NAMES) + ")");
                    }
                    types.put(entry.getKey(), type);
                }
            }
            boolean allowUnknown = fm.containsKey("allow-unknown-keys") ? bool(fm.get("allow-unknown-keys"), "allow-unknown-keys") : d.allowUnknownKeys();
            List<String> known = fm.containsKey("known-keys") ? strings(fm.get("known-keys"), "known-keys") : d.knownKeys();
            Optional<ZoneId> zone = d.timeZone();
            if (fm.containsKey("time-zone")) {
                String id = scalar(fm.get("time-zone"), "`time-zone`");
                try {
                    zone = Optional.of(ZoneId.of(id));
                } catch (DateTimeException e) {
                    throw error(fm.get("time-zone"), "unknown time zone `" + id + "` (use an id such as Asia/Shanghai or +08:00)");
                }
            }
            return new FrontMatterSchema(required, recommended, types, allowUnknown, known, zone);
        }
    }
}
