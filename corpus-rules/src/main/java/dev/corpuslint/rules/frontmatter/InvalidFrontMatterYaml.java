package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;

/** Front matter that is not valid YAML: site generators drop the whole block or fail the build. */
public final class InvalidFrontMatterYaml implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM001", "invalid-front-matter-yaml", Family.FRONT_MATTER,
            "Front matter must be valid YAML",
            Severity.ERROR, FixAvailability.NONE, null);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null) {
            return;
        }
        fm.yamlError().ifPresent(error -> {
            int end = error.offset() < document.text().length()
                    ? document.text().offsetByCodePoints(error.offset(), 1)
                    : error.offset();
            int lineEnd = document.lines().lineEnd(document.lines().lineOf(error.offset()));
            sink.report(new TextRange(error.offset(), Math.min(end, Math.max(lineEnd, error.offset()))),
                    "Front matter is not valid YAML: " + error.message());
        });
    }
}
