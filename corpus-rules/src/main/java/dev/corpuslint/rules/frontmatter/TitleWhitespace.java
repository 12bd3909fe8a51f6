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
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A quoted title with spaces inside its quotes: listings, file names and comparisons carry them along. */
public final class TitleWhitespace implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM006", "title-whitespace", Family.FRONT_MATTER,
            "Titles must not start or end with whitespace",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

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
            String title = value.getValue();
            String stripped = title.strip().replaceAll("^[\\u3000\\u00A0]+|[\\u3000\\u00A0]+$", "").strip();
            boolean quoted = value.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || value.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
            if (stripped.equals(title) || !quoted) {
                continue;
            }
            TextRange range = fm.rangeOf(value);
            String source = document.text(range);
            char quote = source.charAt(0);
            String inner = source.substring(1, source.length() - 1);
            String trimmedInner = inner.strip().replaceAll("^[\\u3000\\u00A0]+|[\\u3000\\u00A0]+$", "").strip();
            sink.report(range, "Title starts or ends with whitespace",
                    Fix.safe("Trim the title", TextEdit.replace(range.start(), range.end(), quote + trimmedInner + quote)));
        }
    }
}
