package dev.corpuslint.rules.config;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.packs.PackLoader;
import dev.corpuslint.rules.packs.RulePack;
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
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Finds and reads {@code .corpuslint.yaml}. Every key is checked: an unknown key or a value of the wrong
 * type is an error naming the file, line, column and key, because a silently ignored setting is worse than
 * none. Composed with snakeyaml-engine (positions kept, nothing constructed).
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".corpuslint.yaml";
    private static final Set<String> TOP_KEYS = Set.of("front-matter", "packs", "learning");
    private static final Set<String> LEARNING_KEYS = Set.of("enabled", "min-documents", "min-share", "min-length", "max-length");
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
        YamlReader reader = new YamlReader(name);
        Node root = reader.compose(text);
        if (root == null) {
            return new CorpusConfig(source, FrontMatterSchema.DEFAULT);
        }
        Map<String, Node> top = reader.mapping(root, "the configuration", TOP_KEYS);
        FrontMatterSchema schema = top.containsKey("front-matter")
                ? frontMatter(reader, top.get("front-matter"))
                : FrontMatterSchema.DEFAULT;
        List<RulePack> packs = top.containsKey("packs") ? packs(reader, top.get("packs"), source) : List.of();
        LearningSettings learning = top.containsKey("learning") ? learning(reader, top.get("learning")) : LearningSettings.DEFAULT;
        return new CorpusConfig(source, schema, packs, learning);
    }

    /**
     * The user's packs, read relative to the configuration's directory. A pack path that leaves that
     * directory (`../`, an absolute path, a symlink out) is refused: a configuration found in a corpus must
     * not make corpuslint read arbitrary files.
     */
    private static List<RulePack> packs(YamlReader reader, Node node, Optional<Path> source) throws ConfigException {
        Path base = source.map(p -> p.getParent()).orElse(Path.of("").toAbsolutePath());
        Map<String, String> taken = BuiltInRules.takenIds();
        List<RulePack> out = new ArrayList<>();
        for (Node item : reader.items(node, "packs")) {
            String value = reader.scalar(item, "each item of `packs`");
            Path file = base.resolve(value).normalize();
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                throw reader.error(item, "rule pack `" + value + "` cannot be read: " + e.getMessage());
            }
            Path realBase;
            try {
                realBase = base.toRealPath();
            } catch (IOException e) {
                realBase = base;
            }
            if (!real.startsWith(realBase)) {
                throw reader.error(item, "rule pack `" + value + "` is outside the configuration's directory " + base);
            }
            String text;
            try {
                text = Files.readString(real, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw reader.error(item, "rule pack `" + value + "` cannot be read: " + e.getMessage());
            }
            out.add(PackLoader.load(file.toString(), text, false, taken));
        }
        return List.copyOf(out);
    }

    private static LearningSettings learning(YamlReader reader, Node node) throws ConfigException {
        LearningSettings d = LearningSettings.DEFAULT;
        Map<String, Node> keys = reader.mapping(node, "`learning`", LEARNING_KEYS);
        boolean enabled = keys.containsKey("enabled") ? reader.bool(keys.get("enabled"), "enabled") : d.enabled();
        int minDocuments = keys.containsKey("min-documents") ? reader.integer(keys.get("min-documents"), "min-documents", 2, 1_000_000) : d.minDocuments();
        double minShare = keys.containsKey("min-share") ? reader.fraction(keys.get("min-share"), "min-share") : d.minShare();
        int minLength = keys.containsKey("min-length") ? reader.integer(keys.get("min-length"), "min-length", 1, 10_000) : d.minLength();
        int maxLength = keys.containsKey("max-length") ? reader.integer(keys.get("max-length"), "max-length", minLength, 100_000) : d.maxLength();
        return new LearningSettings(enabled, minDocuments, minShare, minLength, maxLength);
    }

    private static FrontMatterSchema frontMatter(YamlReader reader, Node node) throws ConfigException {
        FrontMatterSchema d = FrontMatterSchema.DEFAULT;
        Map<String, Node> fm = reader.mapping(node, "`front-matter`", FRONT_MATTER_KEYS);
        List<String> required = fm.containsKey("required") ? reader.strings(fm.get("required"), "required") : d.required();
        List<String> recommended = fm.containsKey("recommended") ? reader.strings(fm.get("recommended"), "recommended") : d.recommended();
        Map<String, String> types = d.types();
        if (fm.containsKey("types")) {
            types = new LinkedHashMap<>();
            for (Map.Entry<String, Node> entry : reader.mapping(fm.get("types"), "`front-matter.types`", null).entrySet()) {
                String type = reader.scalar(entry.getValue(), "the type of `" + entry.getKey() + "`");
                if (!FrontMatterSchema.TYPE_NAMES.contains(type)) {
                    throw reader.error(entry.getValue(), "unknown type `" + type + "` for `" + entry.getKey() + "` (expected one of: "
                            + String.join(", ", FrontMatterSchema.TYPE_NAMES) + ")");
                }
                types.put(entry.getKey(), type);
            }
        }
        boolean allowUnknown = fm.containsKey("allow-unknown-keys") ? reader.bool(fm.get("allow-unknown-keys"), "allow-unknown-keys") : d.allowUnknownKeys();
        List<String> known = fm.containsKey("known-keys") ? reader.strings(fm.get("known-keys"), "known-keys") : d.knownKeys();
        Optional<ZoneId> zone = d.timeZone();
        if (fm.containsKey("time-zone")) {
            String id = reader.scalar(fm.get("time-zone"), "`time-zone`");
            try {
                zone = Optional.of(ZoneId.of(id));
            } catch (DateTimeException e) {
                throw reader.error(fm.get("time-zone"), "unknown time zone `" + id + "` (use an id such as Asia/Shanghai or +08:00)");
            }
        }
        return new FrontMatterSchema(required, recommended, types, allowUnknown, known, zone);
    }
}
