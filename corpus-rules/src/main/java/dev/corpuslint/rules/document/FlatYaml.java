package dev.corpuslint.rules.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Composes the flat front matter nearly every scraped file has ({@code key: value} lines at the margin, the
 * values plain, quoted on one line without escapes, or one-line flow lists of plain words) into the node tree
 * snakeyaml-engine would compose, and declines (returns null) anything else, which snakeyaml then composes.
 *
 * <p>Hand-written because composing with snakeyaml was the largest single item in corpus profiles (about 9 %
 * of the samples, in both the learning and the checking pass), and because a subset this narrow can be read
 * exactly: every form it accepts is compared node by node (values, styles, tags, marks) with snakeyaml's tree
 * in {@code FlatYamlTest}. Whatever is not certainly in the subset is declined: tabs, carriage returns,
 * comments, indentation, escapes, characters outside the BMP, YAML indicators, empty values.
 *
 * <p>Marks carry snakeyaml's index, line and column (in code points, which equal chars here since surrogates
 * are declined) but no snippet buffer: nothing reads a front-matter node's snippet, only its position.
 */
final class FlatYaml {
    private static final int[] NO_BUFFER = {};
    /** YAML's limit on the length of an implicit key. */
    private static final int MAX_KEY_LENGTH = 1024;

    private static final String NAME = FrontMatter.SETTINGS.getLabel();
    private static final ScalarResolver RESOLVER = FrontMatter.SETTINGS.getSchema().getScalarResolver();

    private final String yaml;

    private FlatYaml(String yaml) {
        this.yaml = yaml;
    }

    /**
     * The root mapping of {@code yaml} as {@link FrontMatter}'s settings compose it, or null when it is not
     * entirely in the flat subset.
     */
    static MappingNode compose(String yaml) {
        if (yaml.isEmpty() || yaml.charAt(yaml.length() - 1) != '\n' || !onlyPlainCharacters(yaml)) {
            return null;
        }
        return new FlatYaml(yaml).mapping();
    }

    /**
     * Printable BMP characters, line feeds and nothing YAML treats specially everywhere: no tab, carriage
     * return, NEL, line or paragraph separator, byte-order mark, surrogate or non-printable character.
     */
    static boolean onlyPlainCharacters(String yaml) {
        for (int i = 0, n = yaml.length(); i < n; i++) {
            char c = yaml.charAt(i);
            if (c < 0x80 ? c < ' ' && c != '\n' || c == 0x7F
                    : c < 0xA0 || c >= 0xD800 && c < 0xE000 || c == 0x2028 || c == 0x2029 || c >= 0xFEFF
                            && (c == 0xFEFF || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }

    private MappingNode mapping() {
        List<NodeTuple> tuples = new ArrayList<>();
        Mark start = null;
        int line = 0;
        for (int at = 0, n = yaml.length(); at < n; line++) {
            int end = yaml.indexOf('\n', at);
            if (end > at) {
                ScalarNode key = key(at, end, line);
                if (key == null) {
                    return null;
                }
                Node value = value(at, at + key.getValue().length(), end, line);
                if (value == null) {
                    return null;
                }
                if (start == null) {
                    start = key.getStartMark().orElseThrow();
                }
                tuples.add(new NodeTuple(key, value));
            }
            at = end + 1;
        }
        if (start == null) {
            return null;
        }
        // snakeyaml ends the block mapping where the input ends: after the last line break.
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, Optional.of(start),
                Optional.of(mark(yaml.length(), line, 0)));
    }

    /** A key of letters, digits, `_` and `-` (not first) at the margin, directly followed by `:`. */
    private ScalarNode key(int from, int end, int line) {
        int i = from;
        while (i < end && isKeyChar(yaml.charAt(i), i == from)) {
            i++;
        }
        if (i == from || i >= end || yaml.charAt(i) != ':' || i - from > MAX_KEY_LENGTH) {
            return null;
        }
        return scalar(from, i, line, from, yaml.substring(from, i), ScalarStyle.PLAIN);
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || !first && (c >= '0' && c <= '9' || c == '-');
    }

    /** The value after `key:` on this line: spaces, then one scalar or flow list, then at most spaces. */
    private Node value(int lineStart, int colon, int end, int line) {
        int from = colon + 1;
        if (from >= end || yaml.charAt(from) != ' ') {
            return null;
        }
        while (from < end && yaml.charAt(from) == ' ') {
            from++;
        }
        int last = end;
        while (last > from && yaml.charAt(last - 1) == ' ') {
            last--;
        }
        if (from == last) {
            return null;
        }
        char first = yaml.charAt(from);
        if (first == '"' || first == '\'') {
            return quoted(from, last, line, lineStart, first);
        }
        if (first == '[') {
            return flowList(from, last, line, lineStart);
        }
        return isPlain(from, last, false)
                ? scalar(from, last, line, lineStart, yaml.substring(from, last), ScalarStyle.PLAIN)
                : null;
    }

    /** `"…"` or `'…'` closing at the end of the value, with no quote or backslash inside. */
    private ScalarNode quoted(int from, int last, int line, int lineStart, char quote) {
        if (last - from < 2 || yaml.charAt(last - 1) != quote) {
            return null;
        }
        for (int i = from + 1; i < last - 1; i++) {
            char c = yaml.charAt(i);
            if (c == quote || c == '\\' || c == '\'' || c == '"') {
                return null;
            }
        }
        return scalar(from, last, line, lineStart, yaml.substring(from + 1, last - 1),
                quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    /** `[a, b]`: plain words separated by commas, spaces around them allowed, no trailing comma. */
    private SequenceNode flowList(int from, int last, int line, int lineStart) {
        if (yaml.charAt(last - 1) != ']') {
            return null;
        }
        List<Node> items = new ArrayList<>();
        int inner = last - 1;
        int i = from + 1;
        while (i < inner && yaml.charAt(i) == ' ') {
            i++;
        }
        while (i < inner) {
            int comma = i;
            while (comma < inner && yaml.charAt(comma) != ',') {
                comma++;
            }
            int itemEnd = comma;
            while (itemEnd > i && yaml.charAt(itemEnd - 1) == ' ') {
                itemEnd--;
            }
            if (itemEnd == i || !isPlain(i, itemEnd, true)) {
                return null;
            }
            items.add(scalar(i, itemEnd, line, lineStart, yaml.substring(i, itemEnd), ScalarStyle.PLAIN));
            if (comma == inner) {
                break;
            }
            i = comma + 1;
            while (i < inner && yaml.charAt(i) == ' ') {
                i++;
            }
            if (i == inner) {
                return null; // a trailing comma
            }
        }
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(mark(from, line, from - lineStart)),
                Optional.of(mark(last, line, last - lineStart)));
    }

    /**
     * A plain scalar that certainly reads as written: it starts with no indicator, holds no `: `, ` #` or
     * trailing `:`, and inside a flow list no flow indicator or `:` at all.
     */
    private boolean isPlain(int from, int to, boolean inFlow) {
        if (FrontMatter.YAML_INDICATORS.indexOf(yaml.charAt(from)) >= 0) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = yaml.charAt(i);
            switch (c) {
                case ':' -> {
                    if (inFlow || i + 1 == to || yaml.charAt(i + 1) == ' ') {
                        return false;
                    }
                }
                case '#' -> {
                    if (yaml.charAt(i - 1) == ' ') {
                        return false;
                    }
                }
                case ',', '[', ']', '{', '}' -> {
                    if (inFlow) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    private ScalarNode scalar(int from, int to, int line, int lineStart, String value, ScalarStyle style) {
        Tag tag = style == ScalarStyle.PLAIN ? resolve(value) : Tag.STR;
        return new ScalarNode(tag, true, value, style, Optional.of(mark(from, line, from - lineStart)),
                Optional.of(mark(to, line, to - lineStart)));
    }

    /**
     * The tag the schema resolves a plain {@code value} to. The JSON schema's resolvers are indexed by first
     * character ({@code t f} booleans, {@code n} null, {@code - . 0-9} numbers, {@code $} environment
     * variables) beside one for the empty value that it tries for every value, through a matcher; a value that
     * opens with none of those characters is a string without asking. Most values are titles and names.
     * FlatYamlTest asks the resolver about every first character, so a schema that resolves more fails it.
     * Dates ({@code 2021-01-22}, with or without a time) are nearly every value that would be asked, two per
     * document, each a matcher per number form: four digits and a hyphen begin no number of YAML 1.2 (a sign
     * stands first or after an exponent's {@code e}), so they are strings without asking, as the resolver
     * answers (FlatYamlTest asks it about dates after every first character).
     */
    static Tag resolve(String value) {
        char c = value.isEmpty() ? 0 : value.charAt(0);
        if (c >= '0' && c <= '9' && startsAsDate(value)) {
            return Tag.STR;
        }
        return c == 0 || c == 't' || c == 'f' || c == 'n' || c == '-' || c == '.' || c == '$' || c >= '0' && c <= '9'
                ? RESOLVER.resolve(value, true) : Tag.STR;
    }

    /** Four ASCII digits and a hyphen: a date's year and its separator. */
    private static boolean startsAsDate(String value) {
        if (value.length() < 5 || value.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            char d = value.charAt(i);
            if (d < '0' || d > '9') {
                return false;
            }
        }
        return true;
    }

    private Mark mark(int index, int line, int column) {
        return new Mark(NAME, index, line, column, NO_BUFFER, 0);
    }
}
