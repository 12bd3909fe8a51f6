package dev.corpuslint.rules.delimiter;

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

/** Blank lines before the opening {@code ---}: Jekyll, Hexo and most parsers then see no front matter at all. */
public final class FrontMatterNotAtStart implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL001", "front-matter-not-at-start", Family.DELIMITER,
            "Front matter must start on the first line of the file",
            Severity.ERROR, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null || fm.leadingBlank().isEmpty()) {
            return;
        }
        int blankLines = document.lines().lineOf(fm.openFence().start()) - document.lines().lineOf(fm.leadingBlank().start());
        sink.report(fm.leadingBlank(),
                "Front matter does not start on the first line (" + plural(blankLines, "blank line") + " before `---`)",
                Fix.safe("Remove blank lines before front matter", TextEdit.delete(fm.leadingBlank())));
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
