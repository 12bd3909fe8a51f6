package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Heading;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;

/**
 * The body's first heading repeats the front-matter title. Site generators already render the title
 * from the front matter, so the page shows it twice, and text extraction doubles it.
 */
public final class HeadingRepeatsTitle implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM004", "heading-repeats-title", Family.FRONT_MATTER,
            "The first heading must not repeat the front-matter title",
            Severity.INFO, FixAvailability.ALWAYS, Applicability.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String title = YamlNodes.value(document, "title").flatMap(YamlNodes::scalarText).map(Heading::normalise).orElse("");
        if (title.isEmpty() || document.headings().isEmpty()) {
            return;
        }
        Heading first = document.headings().get(0);
        if (!first.text().equals(title)) {
            return;
        }
        LineIndex lines = document.lines();
        int last = lines.lineOf(first.range().end());
        // Take the blank line after the heading too, so no double blank line is left.
        if (last + 1 < lines.lineCount() && lines.isBlank(last + 1) && last + 1 < lines.lineCount() - 1) {
            last++;
        }
        sink.report(first.range(), "First heading repeats the title",
                Fix.unsafe("Remove the heading", TextEdit.delete(lines.wholeLines(first.line(), last))));
    }
}
