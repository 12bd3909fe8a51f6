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
import java.util.HashSet;
import java.util.Set;

/**
 * A front-matter key the corpus schema does not know, when the schema says unknown keys are not allowed
 * ({@code allow-unknown-keys: false}); typos such as {@code tittle} then stand out. Off by default.
 */
public final class UnknownFrontMatterKey implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM011", "unknown-front-matter-key", Family.FRONT_MATTER,
            "Front-matter keys must be ones the corpus schema knows, when it says so",
            Severity.WARNING, FixAvailability.NONE, null);

    private final FrontMatterSchema schema;

    public UnknownFrontMatterKey(FrontMatterSchema schema) {
        this.schema = schema;
    }

    public UnknownFrontMatterKey() {
        this(FrontMatterSchema.DEFAULT);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (schema.allowUnknownKeys()) {
            return;
        }
        FrontMatter fm = document.frontMatter().orElse(null);
        Set<String> known = new HashSet<>(schema.knownKeys());
        known.addAll(schema.required());
        known.addAll(schema.types().keySet());
        known.add(dev.corpuslint.rules.engine.Suppressions.FRONT_MATTER_KEY); // corpuslint's own suppression key
        for (String alternatives : schema.recommended()) {
            for (String key : alternatives.split("\\|")) {
                known.add(key.strip());
            }
        }
        for (YamlNodes.Entry entry : YamlNodes.entries(document)) {
            if (!known.contains(entry.key())) {
                sink.report(fm.rangeOf(entry.keyNode()), "Unknown front-matter key `" + entry.key() + "`");
            }
        }
    }
}
