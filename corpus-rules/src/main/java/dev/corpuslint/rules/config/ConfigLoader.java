package dev.corpuslint.rules.config;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
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
    private static final Set<String> TOP_KEYS = Set.of(
            "extends", "select", "ignore", "severity", "per-file-ignores", "front-matter", "packs", "learning");
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

    /** Reads one configuration file (cached), and the files it extends. */
    public CorpusConfig load(Path file) throws ConfigException {
        return load(file, new ArrayList<>());
    }

    private CorpusConfig load(Path file, List<Path> extending) throws ConfigException {
        Path key = file.toAbsolutePath().normalize();
        CorpusConfig cached = byFile.get(key);
        if (cached != null) {
            return cached;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigException(file.toString(), 1, 1, "cannot read: " + e.getMessage());
        }
        extending.add(key);
        CorpusConfig config = parse(file.toString(), text, Optional.of(key), parent -> {
            if (extending.contains(parent.toAbsolutePath().normalize())) {
                return null; // reported by parse as a cycle
            }
            return load(parent, extending);
        });
        extending.remove(extending.size() - 1);
        byFile.put(key, config);
        return config;
    }

    /** Loads the configuration a file extends; null when that would be a cycle. */
    interface Parent {
        CorpusConfig load(Path file) throws ConfigException;
    }

    static CorpusConfig parse(String name, String text, Optional<Path> source) throws ConfigException {
        return parse(name, text, source, parent -> {
            throw new ConfigException(name, 1, 1, "`extends` needs a configuration file on disk");
        });
    }

    /**
     * Parses one file. With `extends`, the parent is read first and every key this file sets replaces the
     * parent's value; keys it does not set are inherited.
     */
    static CorpusConfig parse(String name, String text, Optional<Path> source, Parent parents) throws ConfigException {
        YamlReader reader = new YamlReader(name);
        Node root = reader.compose(text);
        Path dir = source.map(Path::getParent).orElse(Path.of("").toAbsolutePath());
        if (root == null) {
            return new CorpusConfig(source, FrontMatterSchema.DEFAULT, List.of(), LearningSettings.DEFAULT,
                    new RuleSelection(List.of("ALL"), List.of(), Map.of(), List.of(), dir), source.map(List::of).orElse(List.of()));
        }
        Map<String, Node> top = reader.mapping(root, "the configuration", TOP_KEYS);
        CorpusConfig base = null;
        if (top.containsKey("extends")) {
            String value = reader.scalar(top.get("extends"), "`extends`");
            Path parent = dir.resolve(value).normalize();
            if (!Files.isRegularFile(parent)) {
                throw reader.error(top.get("extends"), "`extends` names `" + value + "`, which is not a file");
            }
            base = parents.load(parent);
            if (base == null) {
                throw reader.error(top.get("extends"), "`extends` makes a cycle through " + parent);
            }
        }
        FrontMatterSchema schema = top.containsKey("front-matter") ? frontMatter(reader, top.get("front-matter"))
                : base != null ? base.frontMatter() : FrontMatterSchema.DEFAULT;
        List<RulePack> packs = top.containsKey("packs") ? packs(reader, top.get("packs"), source)
                : base != null ? base.packs() : List.of();
        LearningSettings learning = top.containsKey("learning") ? learning(reader, top.get("learning"))
                : base != null ? base.learning() : LearningSettings.DEFAULT;
        List<RuleMetadata> known = new ArrayList<>(BuiltInRules.ALL.stream().map(Rule::metadata).toList());
        packs.forEach(pack -> pack.rules().forEach(rule -> known.add(rule.metadata())));
        RuleSelection inherited = base != null ? base.selection() : RuleSelection.DEFAULT;
        List<String> select = top.containsKey("select") ? selectors(reader, top.get("select"), "select", known) : inherited.select();
        List<String> ignore = top.containsKey("ignore") ? selectors(reader, top.get("ignore"), "ignore", known) : inherited.ignore();
        Map<String, Severity> severity = top.containsKey("severity") ? severities(reader, top.get("severity"), known) : inherited.severity();
        List<RuleSelection.PerFileIgnore> perFile;
        Path selectionBase = dir;
        if (top.containsKey("per-file-ignores")) {
            perFile = new ArrayList<>();
            for (Map.Entry<String, Node> entry : reader.mapping(top.get("per-file-ignores"), "`per-file-ignores`", null).entrySet()) {
                try {
                    java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw reader.error(entry.getValue(), "`per-file-ignores` has an invalid glob `" + entry.getKey() + "`: " + e.getMessage());
                }
                perFile.add(new RuleSelection.PerFileIgnore(entry.getKey(),
                        selectors(reader, entry.getValue(), "per-file-ignores." + entry.getKey(), known)));
            }
        } else {
            perFile = inherited.perFileIgnores();
            selectionBase = base != null ? inherited.base() : dir;
        }
        List<Path> chain = new ArrayList<>();
        source.ifPresent(chain::add);
        if (base != null) {
            chain.addAll(base.chain());
        }
        return new CorpusConfig(source, schema, packs, learning,
                new RuleSelection(select, ignore, severity, List.copyOf(perFile), selectionBase), List.copyOf(chain));
    }

    private static List<String> selectors(YamlReader reader, Node node, String key, List<RuleMetadata> known) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (Node item : reader.items(node, key)) {
            String selector = reader.scalar(item, "each item of `" + key + "`");
            if (!RuleSelection.matchesAny(selector, known)) {
                throw reader.error(item, "`" + selector + "` in `" + key + "` names no rule (use ALL, a family such as "
                        + "boilerplate, a code or code prefix such as BP104 or BP, or a rule name)");
            }
            out.add(selector);
        }
        return List.copyOf(out);
    }

    private static Map<String, Severity> severities(YamlReader reader, Node node, List<RuleMetadata> known) throws ConfigException {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : reader.mapping(node, "`severity`", null).entrySet()) {
            if (!RuleSelection.matchesAny(entry.getKey(), known)) {
                throw reader.error(entry.getValue(), "`" + entry.getKey() + "` in `severity` names no rule");
            }
            String value = reader.scalar(entry.getValue(), "the severity of `" + entry.getKey() + "`");
            Severity severity = switch (value) {
                case "error" -> Severity.ERROR;
                case "warning" -> Severity.WARNING;
                case "info" -> Severity.INFO;
                default -> throw reader.error(entry.getValue(), "severity must be error, warning or info, not `" + value + "`");
            };
            out.put(entry.getKey(), severity);
        }
        return Map.copyOf(out);
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
        PackLoader.searchTogether(out);
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
