package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Heading;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The same heading twice in a row, with only blank lines or images between (WeChat exports put the
 * title above and below the cover image).
 */
public final class DuplicateHeading implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM005", "duplicate-heading", Family.FRONT_MATTER,
            "A heading must not be repeated right after itself",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    private static final Pattern IMAGE_ONLY = Pattern.compile("^\\s*(?:\\[?!\\[[^\\]]*\\]\\([^)]*\\)(?:\\]\\([^)]*\\))?\\s*)+$");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        List<Heading> headings = document.headings();
        LineIndex lines = document.lines();
        for (int i = 1; i < headings.size(); i++) {
            Heading previous = headings.get(i - 1);
            Heading heading = headings.get(i);
            if (heading.level() != previous.level() || heading.text().isEmpty() || !heading.text().equals(previous.text())
                    || !onlyBlankOrImagesBetween(lines, previous.line(), heading.line())) {
                continue;
            }
            int last = lines.lineOf(heading.range().end());
            if (last + 1 < lines.lineCount() - 1 && lines.isBlank(last + 1)) {
                last++;
            }
            sink.report(heading.range(), "Heading repeats the heading just before it",
                    new Diagnostic.Related(previous.range(), "the first one"),
                    Fix.safe("Remove the repeated heading", TextEdit.delete(lines.wholeLines(heading.line(), last))));
        }
    }

    private static boolean onlyBlankOrImagesBetween(LineIndex lines, int from, int to) {
        for (int line = from + 1; line < to; line++) {
            String text = lines.lineText(line);
            if (!text.isBlank() && !IMAGE_ONLY.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }
}
