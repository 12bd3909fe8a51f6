package dev.corpuslint.rules.packs;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.YamlReader;
import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.Selector;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates one rule pack. Every key is checked against the kind it belongs to, every pattern is
 * compiled with RE2/J and every selector with jsoup before the pack is used, and the first problem is an error
 * naming the pack file, line, column and key: a pack is either loaded whole or not at all.
 */
public final class PackLoader {
    /** Codes bundled packs may use; users' packs get {@value #FIRST_USER_CODE} and up, so they never collide on upgrade. */
    static final int FIRST_USER_CODE = 900;
    static final int DEFAULT_MAX_LENGTH = 100;

    private static final Set<String> TOP_KEYS = Set.of("pack", "description", "rules");
    private static final Set<String> COMMON_KEYS = Set.of(
            "code", "name", "summary", "message", "kind", "fix", "fix-title", "safety", "severity", "position",
            "if-contains", "why", "example");
    private static final Map<String, Set<String>> KIND_KEYS = Map.of(
            "pattern", Set.of("patterns", "max-length"),
            "phrase", Set.of("phrases", "match", "front-matter-keys", "max-length"),
            "link-line", Set.of("url-patterns", "image-only", "max-length"),
            "tail-block", Set.of("markers", "fillers", "min-markers", "max-filler-length"),
            "html-selector", Set.of("selector"),
            "html-comment", Set.of("patterns"));
    private static final Map<String, String> DEFAULT_FIX_TITLES = Map.of(
            "pattern", "Remove the line", "phrase", "Remove the line", "link-line", "Remove the line",
            "tail-block", "Remove the block", "html-selector", "Remove the element", "html-comment", "Remove the comment");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("BP(\\d{3})");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private PackLoader() {}

    /**
     * Parses a pack. {@code taken} maps codes and names already in use (built-in rules, earlier packs) to
     * where they were defined, and receives this pack's; a clash is an error at the clashing key.
     */
    public static RulePack load(String file, String text, boolean bundled, Map<String, String> taken) throws ConfigException {
        return load(file, new YamlReader(file).compose(text), bundled, taken);
    }

    /**
     * Packs used together (a configuration's own): their line rules' `if-contains` literals are then found in
     * one search of each line for all of them ({@link LineLiterals}), not one per pack.
     */
    public static void searchTogether(List<RulePack> packs) {
        LineLiterals.link(packs.stream().flatMap(pack -> pack.rules().stream()).toList());
    }

    /** As {@link #load(String, String, boolean, Map)}, from the composed YAML (a bundled pack's stored {@link PackTree}). */
    static RulePack load(String file, Node root, boolean bundled, Map<String, String> taken) throws ConfigException {
        YamlReader reader = new YamlReader(file);
        if (root == null) {
            throw new ConfigException(file, 1, 1, "the rule pack is empty (expected keys `pack` and `rules`)");
        }
        Map<String, Node> top = reader.mapping(root, "the rule pack", TOP_KEYS);
        for (String required : List.of("pack", "rules")) {
            if (!top.containsKey(required)) {
                throw reader.error(root, "the rule pack has no `" + required + "`");
            }
        }
        String packName = reader.scalar(top.get("pack"), "`pack`");
        if (!NAME.matcher(packName).matches()) {
            throw reader.error(top.get("pack"), "`pack` must be kebab-case, not `" + packName + "`");
        }
        String description = top.containsKey("description") ? reader.scalar(top.get("description"), "`description`") : "";
        List<PackRule> rules = new ArrayList<>();
        List<Node> items = reader.items(top.get("rules"), "rules");
        if (items.isEmpty()) {
            throw reader.error(top.get("rules"), "`rules` is empty");
        }
        for (Node item : items) {
            rules.add(new RuleReader(reader, file, packName, bundled, taken).read(item));
        }
        LineLiterals.link(rules);
        return new RulePack(packName, file, description, List.copyOf(rules));
    }

    /** Reads one entry of `rules`. */
    private record RuleReader(YamlReader reader, String file, String pack, boolean bundled, Map<String, String> taken) {
        PackRule read(Node node) throws ConfigException {
            Map<String, Node> keys = reader.mapping(node, "a pack rule", null);
            Node kindNode = keys.get("kind");
            if (kindNode == null) {
                throw reader.error(node, "pack rule has no `kind` (expected one of: " + String.join(", ", KIND_KEYS.keySet().stream().sorted().toList()) + ")");
            }
            String kind = reader.scalar(kindNode, "`kind`");
            Set<String> kindKeys = KIND_KEYS.get(kind);
            if (kindKeys == null) {
                throw reader.error(kindNode, "unknown kind `" + kind + "` (expected one of: " + String.join(", ", KIND_KEYS.keySet().stream().sorted().toList()) + ")");
            }
            Set<String> allowed = new LinkedHashSet<>(COMMON_KEYS);
            allowed.addAll(kindKeys);
            reader.mapping(node, "a `" + kind + "` pack rule", allowed);

            String code = required(node, keys, "code");
            var codeMatch = CODE.matcher(code);
            if (!codeMatch.matches()) {
                throw reader.error(keys.get("code"), "`code` must be BP followed by three digits, not `" + code + "`");
            }
            int number = Integer.parseInt(codeMatch.group(1));
            if (bundled ? number >= FIRST_USER_CODE : number < FIRST_USER_CODE) {
                throw reader.error(keys.get("code"), bundled
                        ? "bundled packs use codes below BP" + FIRST_USER_CODE
                        : "`code` " + code + " is reserved for built-in rules; your own rules use BP" + FIRST_USER_CODE + " to BP999");
            }
            claim(keys.get("code"), code);
            String name = required(node, keys, "name");
            if (!NAME.matcher(name).matches()) {
                throw reader.error(keys.get("name"), "`name` must be kebab-case, not `" + name + "`");
            }
            claim(keys.get("name"), name);
            String summary = required(node, keys, "summary");
            String message = required(node, keys, "message");
            String why = optional(keys, "why");
            String example = optional(keys, "example");
            if (bundled && (why == null || example == null)) {
                throw reader.error(node, "bundled pack rule " + code + " needs `why` and `example` for its documentation");
            }
            Severity severity = Severity.WARNING;
            if (keys.containsKey("severity")) {
                String value = reader.scalar(keys.get("severity"), "`severity`");
                severity = switch (value) {
                    case "error" -> Severity.ERROR;
                    case "warning" -> Severity.WARNING;
                    case "info" -> Severity.INFO;
                    default -> throw reader.error(keys.get("severity"), "`severity` must be error, warning or info, not `" + value + "`");
                };
            }
            String fix = keys.containsKey("fix") ? reader.scalar(keys.get("fix"), "`fix`") : "delete";
            if (!fix.equals("delete") && !fix.equals("none")) {
                throw reader.error(keys.get("fix"), "`fix` must be delete or none, not `" + fix + "`");
            }
            Applicability safety = null;
            if (fix.equals("delete")) {
                if (!keys.containsKey("safety")) {
                    throw reader.error(node, "pack rule " + code + " deletes but does not state its `safety` (safe or unsafe)");
                }
                String value = reader.scalar(keys.get("safety"), "`safety`");
                safety = switch (value) {
                    case "safe" -> Applicability.SAFE;
                    case "unsafe" -> Applicability.UNSAFE;
                    default -> throw reader.error(keys.get("safety"), "`safety` must be safe or unsafe, not `" + value + "`");
                };
            } else if (keys.containsKey("safety")) {
                throw reader.error(keys.get("safety"), "`safety` only applies to a rule with `fix: delete`");
            }
            LineScope scope = keys.containsKey("position") ? position(keys.get("position")) : LineScope.ANYWHERE;
            List<String> ifContains = keys.containsKey("if-contains") ? reader.strings(keys.get("if-contains"), "if-contains") : List.of();
            Matcher matcher = matcher(kind, node, keys);
            if (matcher instanceof LineMatcher lineMatcher) {
                lineMatcher.requireLiterals(ifContains);
            }
            boolean alwaysFixable = kind.equals("tail-block");
            FixAvailability availability = safety == null ? FixAvailability.NONE
                    : alwaysFixable ? FixAvailability.ALWAYS : FixAvailability.SOMETIMES;
            RuleMetadata metadata = new RuleMetadata(code, name, Family.BOILERPLATE, summary, severity, availability, safety);
            String fixTitle = safety == null ? null
                    : keys.containsKey("fix-title") ? reader.scalar(keys.get("fix-title"), "`fix-title`") : DEFAULT_FIX_TITLES.get(kind);
            return new PackRule(metadata, pack, message, fixTitle, matcher, scope, ifContains,
                    () -> PackDocs.render(metadata, pack, kind, summary, why, example));
        }

        private Matcher matcher(String kind, Node node, Map<String, Node> keys) throws ConfigException {
            int maxLength = keys.containsKey("max-length") ? reader.integer(keys.get("max-length"), "max-length", 1, 100_000) : DEFAULT_MAX_LENGTH;
            return switch (kind) {
                case "pattern" -> new PatternLines(patterns(node, keys, "patterns", true), maxLength);
                case "phrase" -> {
                    Set<String> phrases = new LinkedHashSet<>();
                    if (keys.containsKey("phrases")) {
                        for (Node item : reader.items(keys.get("phrases"), "phrases")) {
                            String normalized = BodyLines.normalize(reader.scalar(item, "each item of `phrases`"));
                            if (normalized.isEmpty()) {
                                throw reader.error(item, "a phrase must contain visible text");
                            }
                            phrases.add(normalized);
                        }
                    }
                    List<String> fmKeys = keys.containsKey("front-matter-keys") ? reader.strings(keys.get("front-matter-keys"), "front-matter-keys") : List.of();
                    if (phrases.isEmpty() && fmKeys.isEmpty()) {
                        throw reader.error(node, "a `phrase` rule needs `phrases` or `front-matter-keys`");
                    }
                    boolean wholeLine = true;
                    if (keys.containsKey("match")) {
                        String match = reader.scalar(keys.get("match"), "`match`");
                        if (!match.equals("line") && !match.equals("contains")) {
                            throw reader.error(keys.get("match"), "`match` must be line or contains, not `" + match + "`");
                        }
                        wholeLine = match.equals("line");
                    }
                    yield new PhraseLines(Set.copyOf(phrases), wholeLine, fmKeys, maxLength);
                }
                case "link-line" -> new LinkLines(
                        keys.containsKey("url-patterns") ? patterns(node, keys, "url-patterns", true) : List.of(),
                        keys.containsKey("image-only") && reader.bool(keys.get("image-only"), "image-only"), maxLength);
                case "tail-block" -> {
                    List<String> markers = keys.containsKey("markers") ? reader.strings(keys.get("markers"), "markers") : List.of();
                    if (markers.isEmpty()) {
                        throw reader.error(node, "a `tail-block` rule needs `markers`");
                    }
                    if (markers.contains("")) {
                        // It would match every line of up to three characters.
                        throw reader.error(keys.get("markers"), "`markers` must not hold an empty marker");
                    }
                    Set<String> fillers = keys.containsKey("fillers") ? Set.copyOf(reader.strings(keys.get("fillers"), "fillers")) : Set.of();
                    int minMarkers = keys.containsKey("min-markers") ? reader.integer(keys.get("min-markers"), "min-markers", 1, 100) : 2;
                    int maxFiller = keys.containsKey("max-filler-length") ? reader.integer(keys.get("max-filler-length"), "max-filler-length", 0, 1000) : 12;
                    yield new TailBlock(markers, fillers, minMarkers, maxFiller);
                }
                case "html-selector" -> {
                    String selector = required(node, keys, "selector");
                    try {
                        yield new HtmlSelector(selector); // parses the selector once, here
                    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                        throw reader.error(keys.get("selector"), "`selector` is not a valid CSS selector: " + e.getMessage());
                    }
                }
                case "html-comment" -> new HtmlComments(patterns(node, keys, "patterns", true));
                default -> throw new IllegalStateException(kind);
            };
        }

        private List<Pattern> patterns(Node node, Map<String, Node> keys, String key, boolean required) throws ConfigException {
            if (!keys.containsKey(key)) {
                if (required) {
                    throw reader.error(node, "pack rule needs `" + key + "`");
                }
                return List.of();
            }
            List<Pattern> out = new ArrayList<>();
            for (Node item : reader.items(keys.get(key), key)) {
                String source = reader.scalar(item, "each item of `" + key + "`");
                try {
                    out.add(Pattern.compile(source));
                } catch (PatternSyntaxException e) {
                    throw reader.error(item, "invalid pattern in `" + key + "` (RE2 syntax): " + e.getDescription());
                }
            }
            if (out.isEmpty()) {
                throw reader.error(keys.get(key), "`" + key + "` is empty");
            }
            return List.copyOf(out);
        }

        private LineScope position(Node node) throws ConfigException {
            Map<String, Node> where = reader.mapping(node, "`position`", Set.of("head", "tail"));
            if (where.size() != 1) {
                throw reader.error(node, "`position` takes exactly one of `head` or `tail` (a number of non-blank lines)");
            }
            Map.Entry<String, Node> entry = where.entrySet().iterator().next();
            int lines = reader.integer(entry.getValue(), entry.getKey(), 1, 10_000);
            return new LineScope(entry.getKey().equals("head") ? LineScope.Where.HEAD : LineScope.Where.TAIL, lines);
        }

        private String required(Node node, Map<String, Node> keys, String key) throws ConfigException {
            if (!keys.containsKey(key)) {
                throw reader.error(node, "pack rule has no `" + key + "`");
            }
            String value = reader.scalar(keys.get(key), "`" + key + "`");
            if (value.isBlank()) {
                throw reader.error(keys.get(key), "`" + key + "` is empty");
            }
            return value;
        }

        private String optional(Map<String, Node> keys, String key) throws ConfigException {
            return keys.containsKey(key) ? reader.scalar(keys.get(key), "`" + key + "`") : null;
        }

        private void claim(Node node, String id) throws ConfigException {
            String here = file + ":" + (node.getStartMark().map(m -> m.getLine() + 1).orElse(1));
            String before = taken.putIfAbsent(id, here);
            if (before != null) {
                throw reader.error(node, "`" + id + "` is already used by " + before);
            }
        }
    }
}
