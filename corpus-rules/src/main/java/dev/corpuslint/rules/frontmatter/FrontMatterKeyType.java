package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.config.FrontMatterSchema;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A front-matter value of the wrong type for the corpus schema: a list as a title, a mapping as a date, … */
public final class FrontMatterKeyType implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM010", "front-matter-key-type", Family.FRONT_MATTER,
            "Front-matter values must have the type the corpus schema gives them",
            Severity.WARNING, FixAvailability.NONE, null);

    static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final FrontMatterSchema schema;

    public FrontMatterKeyType(FrontMatterSchema schema) {
        this.schema = schema;
    }

    public FrontMatterKeyType() {
        this(FrontMatterSchema.DEFAULT);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        for (YamlNodes.Entry entry : YamlNodes.entries(document)) {
            if (!schema.types().containsKey(entry.key())) {
                continue;
            }
            ScalarNode key = entry.keyNode();
            String expected = schema.types().get(entry.key());
            Node value = entry.value();
            if (value instanceof ScalarNode s && s.getValue().isEmpty()) {
                continue; // empty values are FM009's
            }
            if (!matches(value, expected)) {
                sink.report(fm.rangeOf(value).isEmpty() ? fm.rangeOf(key) : fm.rangeOf(value),
                        "`" + key.getValue() + "` should be " + article(expected) + " " + expected + ", not " + describe(value));
            }
        }
    }

    static boolean matches(Node value, String type) {
        boolean plain = value instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN;
        String text = value instanceof ScalarNode s ? s.getValue() : null;
        return switch (type) {
            case "string" -> text != null && !(plain && (isNumber(text) || text.equals("true") || text.equals("false") || text.equals("null") || text.equals("~")));
            case "date" -> text != null && isDate(text.strip());
            case "list" -> value instanceof SequenceNode;
            case "list-or-string" -> value instanceof SequenceNode || text != null;
            case "number" -> text != null && plain && isNumber(text);
            case "boolean" -> text != null && plain && (text.equals("true") || text.equals("false"));
            case "url" -> text != null && isUrl(text.strip());
            default -> true;
        };
    }

    /*
     * The value tests below are read by hand, not matched with patterns: every front matter with a typed key
     * runs them, and a title (a string) went through the number pattern's matcher although it seldom even
     * starts like a number. FrontMatterKeyTypeTest holds each to the pattern it stands for.
     */

    /** {@link #NUMBER} matches the whole text; it cannot unless the text opens with a sign, a dot or a digit. */
    static boolean isNumber(String text) {
        char c = text.isEmpty() ? 0 : text.charAt(0);
        return (c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9') && NUMBER.matcher(text).matches();
    }

    /** {@code \d{4}-\d{2}-\d{2}.*|[A-Za-z]{3},.*|\d{4}年.*} matches the whole text. */
    static boolean isDate(String text) {
        int n = text.length();
        boolean lead;
        int rest;
        if (n >= 5 && digits(text, 0, 4)) {
            if (text.charAt(4) == '年') {
                lead = true;
                rest = 5;
            } else {
                lead = n >= 10 && text.charAt(4) == '-' && digits(text, 5, 7) && text.charAt(7) == '-' && digits(text, 8, 10);
                rest = 10;
            }
        } else {
            lead = n >= 4 && asciiLetters(text, 0, 3) && text.charAt(3) == ',';
            rest = 4;
        }
        if (!lead) {
            return false;
        }
        for (int i = rest; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // `.` matches no line terminator
            }
        }
        return true;
    }

    /** {@code (?i)https?://\S+} matches the whole text (ASCII case only, and {@code \S} is not ASCII whitespace). */
    static boolean isUrl(String text) {
        int n = text.length();
        // `c | 0x20` lower-cases an ASCII letter and is that letter for no other character.
        if (n < 8 || (text.charAt(0) | 0x20) != 'h' || (text.charAt(1) | 0x20) != 't' || (text.charAt(2) | 0x20) != 't'
                || (text.charAt(3) | 0x20) != 'p') {
            return false;
        }
        int i = (text.charAt(4) | 0x20) == 's' ? 5 : 4;
        if (!text.startsWith("://", i) || i + 3 >= n) {
            return false;
        }
        for (int j = i + 3; j < n; j++) {
            if (dev.corpuslint.rules.document.Scan.isRegexSpace(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node value) {
        if (value instanceof SequenceNode) {
            return "a list";
        }
        if (value instanceof MappingNode) {
            return "a mapping";
        }
        return "`" + ((ScalarNode) value).getValue() + "`";
    }

    private static String article(String type) {
        return "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
    }
}
