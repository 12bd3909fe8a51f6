package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A quoted title with spaces inside its quotes: listings, file names and comparisons carry them along. */
public final class TitleWhitespace implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM006", "title-whitespace", Family.FRONT_MATTER,
            "Titles must not start or end with whitespace",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    /** Trims ASCII whitespace, ideographic and no-break spaces from both ends. */
    private static String trim(String text) {
        return text.replaceAll("^[\\s\\u3000\\u00A0]+|[\\s\\u3000\\u00A0]+$", "");
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        for (YamlNodes.Entry entry : YamlNodes.entries(document)) {
            if (!entry.key().equals("title") || !(entry.value() instanceof ScalarNode value)) {
                continue;
            }
            String quote = YamlNodes.quoteOf(value);
            if (quote.isEmpty() || trim(value.getValue()).equals(value.getValue())) {
                continue; // a plain scalar cannot keep edge spaces
            }
            TextRange range = fm.rangeOf(value);
            String source = document.text(range);
            String trimmedInner = trim(source.substring(1, source.length() - 1));
            sink.report(range, "Title starts or ends with whitespace",
                    Fix.safe("Trim the title", TextEdit.replace(range.start(), range.end(), quote + trimmedInner + quote)));
        }
    }
}
