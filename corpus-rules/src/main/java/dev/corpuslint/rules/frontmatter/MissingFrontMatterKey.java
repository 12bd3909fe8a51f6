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
import dev.corpuslint.rules.model.TextRange;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Keys the corpus's front-matter schema requires (default: {@code title}, {@code date}) missing or empty. */
public final class MissingFrontMatterKey implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM009", "missing-front-matter-key", Family.FRONT_MATTER,
            "Front matter must have the keys the corpus schema requires",
            Severity.WARNING, FixAvailability.NONE, null);

    private final FrontMatterSchema schema;

    public MissingFrontMatterKey(FrontMatterSchema schema) {
        this.schema = schema;
    }

    public MissingFrontMatterKey() {
        this(FrontMatterSchema.DEFAULT);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null) {
            if (!schema.required().isEmpty() && !document.text().isBlank()) {
                sink.report(new TextRange(0, document.lines().lineEnd(0)),
                        "File has no front matter (required: " + String.join(", ", schema.required()) + ")");
            }
            return;
        }
        if (!(fm.yaml().orElse(null) instanceof MappingNode)) {
            return; // unparsable or not a mapping: FM001 says why
        }
        TextRange at = fm.openFence();
        for (String key : schema.required()) {
            Node value = YamlNodes.value(document, key).orElse(null);
            if (value == null) {
                sink.report(at, "Required front-matter key `" + key + "` is missing");
            } else if (isEmpty(value)) {
                sink.report(fm.rangeOf(value).isEmpty() ? at : fm.rangeOf(value), "Required front-matter key `" + key + "` is empty");
            }
        }
    }

    private static boolean isEmpty(Node value) {
        return (value instanceof ScalarNode s && s.getValue().isBlank())
                || (value instanceof SequenceNode seq && seq.getValue().isEmpty())
                || (value instanceof MappingNode map && map.getValue().isEmpty());
    }
}
