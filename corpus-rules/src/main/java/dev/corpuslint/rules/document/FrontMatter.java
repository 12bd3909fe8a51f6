package dev.corpuslint.rules.document;

import dev.corpuslint.rules.model.TextRange;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The YAML front matter block: where its fences are, and its YAML node tree with source positions.
 * The YAML is composed (never constructed), so no tag can instantiate a class, and aliases are capped.
 */
public final class FrontMatter {
    /** A YAML syntax error at a document offset. */
    public record YamlError(String message, int offset) {}

    /** `----`, full-width `－－－`, or `---` with text after it (`--- title: x`). */
    static final java.util.regex.Pattern VARIANT_OPEN = java.util.regex.Pattern.compile("(?:-{4,}|[－—]{3,}|-{3}[ \\t]*\\S.*)[ \\t]*");
    static final java.util.regex.Pattern VARIANT_CLOSE = java.util.regex.Pattern.compile("(?:-{4,}|[－—]{3,})[ \\t]*");

    /** The characters YAML reads as syntax when a plain scalar would start with them (YAML 1.2, c-indicator). */
    public static final String YAML_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private static final int MAX_ALIASES = 50;
    /** Real front matter is a few hundred characters; snakeyaml's time grows faster than linearly with scalar length. */
    static final int MAX_CODE_POINTS = 256 * 1024;
    /**
     * snakeyaml-engine parses nested collections recursively and has no depth limit of its own, so
     * `k: [[[[…` a hundred thousand deep overflows the stack. Real front matter nests two or three levels.
     */
    static final int MAX_NESTING = 64;
    /** Immutable, so built once rather than per document (building it showed in corpus profiles). */
    static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("front matter")
            .setUseMarks(true)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .build();

    private final String text;
    private final LineIndex lines;
    private final TextRange leadingBlank;
    private final TextRange openFence;
    private final TextRange content;
    private final TextRange closeFence;
    private final int endWithBreak;
    private boolean parsed;
    private Node root;
    private YamlError error;

    FrontMatter(String text, LineIndex lines, TextRange leadingBlank, TextRange openFence, TextRange content,
            TextRange closeFence, int endWithBreak) {
        this.text = text;
        this.lines = lines;
        this.leadingBlank = leadingBlank;
        this.openFence = openFence;
        this.content = content;
        this.closeFence = closeFence;
        this.endWithBreak = endWithBreak;
    }

    /** Blank lines between the start of the file (after a BOM) and the opening fence; empty when there are none. */
    public TextRange leadingBlank() {
        return leadingBlank;
    }

    /** The opening {@code ---} line, without its line break. */
    public TextRange openFence() {
        return openFence;
    }

    /** The YAML between the fences (the rest of the file when the block is not closed). */
    public TextRange content() {
        return content;
    }

    public String contentText() {
        return text.substring(content.start(), content.end());
    }

    public boolean isClosed() {
        return closeFence != null;
    }

    /** The closing {@code ---} or {@code ...} line without its line break; empty when not closed. */
    public Optional<TextRange> closeFence() {
        return Optional.ofNullable(closeFence);
    }

    /** Offset just after the block, including the closing fence's line break. */
    public int end() {
        return endWithBreak;
    }

    /** The YAML root node, if the block is closed and parses. */
    public Optional<Node> yaml() {
        parse();
        return Optional.ofNullable(root);
    }

    /**
     * The text values of a top-level key: its scalar, or the scalars of its list (`categories: [a, b]`);
     * empty when the key is absent, the YAML does not parse, or the value is a mapping.
     */
    public java.util.List<String> values(String key) {
        if (!(yaml().orElse(null) instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping)) {
            return java.util.List.of();
        }
        for (var tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k && k.getValue().equals(key)) {
                if (tuple.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode v) {
                    return java.util.List.of(v.getValue());
                }
                if (tuple.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq) {
                    return seq.getValue().stream()
                            .filter(n -> n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode)
                            .map(n -> ((org.snakeyaml.engine.v2.nodes.ScalarNode) n).getValue()).toList();
                }
                return java.util.List.of();
            }
        }
        return java.util.List.of();
    }

    /** The YAML syntax error, if the block is closed and does not parse. */
    public Optional<YamlError> yamlError() {
        parse();
        return Optional.ofNullable(error);
    }

    /** Document offset of a YAML mark (line and code-point column relative to the content). */
    public int offsetOf(Mark mark) {
        int firstLine = lines.lineOf(content.start());
        int line = Math.min(firstLine + mark.getLine(), lines.lineCount() - 1);
        int offset = lines.offsetOfCodePointColumn(line, mark.getColumn());
        return Math.max(content.start(), Math.min(offset, content.end()));
    }

    /** Document range of a node, clamped to the front matter content. */
    public TextRange rangeOf(Node node) {
        int start = node.getStartMark().map(this::offsetOf).orElse(content.start());
        int end = node.getEndMark().map(this::offsetOf).orElse(start);
        return new TextRange(start, Math.max(start, end));
    }

    private void parse() {
        if (parsed) {
            return;
        }
        parsed = true;
        if (!isClosed()) {
            return;
        }
        String yaml = contentText();
        if (yaml.length() > MAX_CODE_POINTS && yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            error = new YamlError("front matter is longer than " + MAX_CODE_POINTS + " characters; not parsed", content.start());
            return;
        }
        // Nearly all front matter is flat `key: value` lines, read here without snakeyaml (FlatYaml says why).
        // Flat front matter nests one level at most, so the depth scan below is needed only for the rest.
        root = FlatYaml.compose(yaml);
        if (root != null) {
            return;
        }
        int tooDeep = tooDeepAt(yaml);
        if (tooDeep >= 0) {
            error = new YamlError("collections nested more than " + MAX_NESTING + " levels deep; not parsed",
                    content.start() + tooDeep);
            return;
        }
        try {
            root = new Compose(SETTINGS).composeString(yaml).orElse(null);
        } catch (StackOverflowError e) {
            // A backstop for nesting the scan above does not see; the scan makes this unreachable in practice.
            error = new YamlError("nested too deeply to parse", content.start());
        } catch (MarkedYamlEngineException e) {
            int offset = e.getProblemMark().or(e::getContextMark).map(this::offsetOf).orElse(content.start());
            error = new YamlError(describe(e), offset);
        } catch (YamlEngineException e) {
            error = new YamlError(firstLine(e.getMessage()), content.start());
        }
    }

    /**
     * Where flow collections (`[`, `{`) or block indentation first nest deeper than {@link #MAX_NESTING}, or -1.
     * Quoted scalars and comments are skipped so that brackets inside strings do not count. Block nesting is
     * bounded by counting distinct indentation widths still open, as YAML's own indentation stack does.
     */
    static int tooDeepAt(String yaml) {
        int flow = 0;
        java.util.ArrayDeque<Integer> indents = new java.util.ArrayDeque<>();
        boolean lineStart = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (lineStart && flow == 0) {
                int indent = 0;
                while (i + indent < yaml.length() && (yaml.charAt(i + indent) == ' ' || yaml.charAt(i + indent) == '-')) {
                    indent++;
                }
                boolean blank = i + indent >= yaml.length() || yaml.charAt(i + indent) == '\n' || yaml.charAt(i + indent) == '#';
                if (!blank) {
                    while (!indents.isEmpty() && indents.peek() >= indent) {
                        indents.pop();
                    }
                    indents.push(indent);
                    if (indents.size() > MAX_NESTING) {
                        return i;
                    }
                }
            }
            lineStart = false;
            switch (c) {
                case '\n' -> lineStart = true;
                case '[', '{' -> {
                    if (++flow > MAX_NESTING) {
                        return i;
                    }
                }
                case ']', '}' -> flow = Math.max(0, flow - 1);
                case '"', '\'' -> {
                    // Skip a quoted scalar only where one can start, so an apostrophe inside plain text is text.
                    if (i == 0 || " \t[{,:-".indexOf(yaml.charAt(i - 1)) >= 0) {
                        int close = yaml.indexOf(c, i + 1);
                        while (c == '"' && close > 0 && yaml.charAt(close - 1) == '\\') {
                            close = yaml.indexOf(c, close + 1);
                        }
                        if (close > 0) {
                            i = close; // a multi-line scalar's continuation lines are not structure
                        }
                    }
                }
                case '#' -> {
                    if (i == 0 || yaml.charAt(i - 1) == ' ' || yaml.charAt(i - 1) == '\t') {
                        int nl = yaml.indexOf('\n', i);
                        i = (nl < 0 ? yaml.length() : nl) - 1;
                    }
                }
                default -> { }
            }
        }
        return -1;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        String message = problem != null ? problem : firstLine(e.getMessage());
        if (context != null && !context.isBlank()) {
            message = context + ": " + message;
        }
        return message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * Finds a front matter block: optional blank lines (after an optional BOM), a {@code ---} line, YAML,
     * and a {@code ---} or {@code ...} line. Variant fences ({@code ----}, full-width {@code －－－}, text after
     * the dashes) are accepted only when the block is closed, so a thematic break at the top of a Markdown
     * file is not mistaken for unclosed front matter.
     */
    static FrontMatter find(String text, LineIndex lines) {
        int line = 0;
        int bomEnd = text.startsWith("\uFEFF") ? 1 : 0;
        int lineCount = lines.lineCount();
        while (line < lineCount && isBlank(text, line == 0 ? bomEnd : lines.lineStart(line), lines.lineEnd(line))) {
            if (lines.lineEndWithBreak(line) == lines.lineEnd(line)) {
                return null; // only blank text
            }
            line++;
        }
        if (line >= lineCount) {
            return null;
        }
        int fenceStart = line == 0 ? bomEnd : lines.lineStart(line);
        boolean exact = isFence(text, fenceStart, lines.lineEnd(line), "---");
        if (!exact && !(mayBeVariant(text, fenceStart, lines.lineEnd(line))
                && VARIANT_OPEN.matcher(text).region(fenceStart, lines.lineEnd(line)).matches())) {
            return null;
        }
        TextRange leading = new TextRange(bomEnd, fenceStart);
        TextRange open = new TextRange(fenceStart, lines.lineEnd(line));
        int contentStart = lines.lineEndWithBreak(line);
        for (int l = line + 1; l < lineCount; l++) {
            int s = lines.lineStart(l);
            int e = lines.lineEnd(l);
            if (isFence(text, s, e, "---") || isFence(text, s, e, "...")
                    || mayBeVariant(text, s, e) && VARIANT_CLOSE.matcher(text).region(s, e).matches()) {
                return new FrontMatter(text, lines, leading, open, new TextRange(contentStart, s),
                        new TextRange(s, e), lines.lineEndWithBreak(l));
            }
        }
        if (!exact) {
            return null;
        }
        return new FrontMatter(text, lines, leading, open, new TextRange(contentStart, text.length()), null,
                contentStart);
    }

    /**
     * Whether a variant fence could fill {@code start..end}: both variants open with `-`, `－` or `—`. Asked
     * first, so that the patterns are not tried on every line of every front matter (a matcher each).
     */
    private static boolean mayBeVariant(String text, int start, int end) {
        char c = start < end ? text.charAt(start) : 0;
        return c == '-' || c == '\uFF0D' || c == '\u2014';
    }

    private static boolean isFence(String text, int start, int end, String fence) {
        if (!text.startsWith(fence, start)) {
            return false;
        }
        return isBlank(text, start + fence.length(), end);
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
