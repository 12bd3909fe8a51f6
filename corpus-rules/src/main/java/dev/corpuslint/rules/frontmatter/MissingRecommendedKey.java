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
import java.util.Arrays;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Keys the corpus's schema recommends missing — by default a source, any of {@code url}, {@code source},
 * {@code from} or {@code link}. Information only: many corpora lack them for good reasons.
 */
public final class MissingRecommendedKey implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM013", "missing-recommended-key", Family.FRONT_MATTER,
            "Front matter should have the keys the corpus schema recommends",
            Severity.INFO, FixAvailability.NONE, null);

    /** Each recommended key with its alternatives (`date|published`), split once rather than for every document. */
    private final List<List<String>> recommended;

    public MissingRecommendedKey(FrontMatterSchema schema) {
        this.recommended = schema.recommended().stream()
                .map(alternatives -> Arrays.stream(alternatives.split("\\|")).map(String::strip).toList())
                .toList();
    }

    public MissingRecommendedKey() {
        this(FrontMatterSchema.DEFAULT);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null || !(fm.yaml().orElse(null) instanceof MappingNode)) {
            return; // no front matter at all is FM009's
        }
        for (List<String> keys : recommended) {
            if (!hasAny(document, keys)) {
                sink.report(fm.openFence(), "Recommended front-matter key `" + keys.get(0) + "` is missing"
                        + (keys.size() > 1 ? " (or " + String.join(", ", keys.subList(1, keys.size())) + ")" : ""));
            }
        }
    }

    private static boolean hasAny(CorpusDocument document, List<String> keys) {
        for (String key : keys) {
            if (YamlNodes.value(document, key).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
