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

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*|[A-Za-z]{3},.*|\\d{4}年.*");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

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
            case "string" -> text != null && !(plain && (NUMBER.matcher(text).matches() || text.equals("true") || text.equals("false") || text.equals("null") || text.equals("~")));
            case "date" -> text != null && DATE.matcher(text.strip()).matches();
            case "list" -> value instanceof SequenceNode;
            case "list-or-string" -> value instanceof SequenceNode || text != null;
            case "number" -> text != null && plain && NUMBER.matcher(text).matches();
            case "boolean" -> text != null && plain && (text.equals("true") || text.equals("false"));
            case "url" -> text != null && URL.matcher(text.strip()).matches();
            default -> true;
        };
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
