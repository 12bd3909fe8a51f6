package dev.corpuslint.rules.delimiter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.engine.Suppressions;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.packs.LineDeletion;

/**
 * A {@code corpuslint-disable} comment or front-matter key that suppressed nothing: the defect it hid was
 * fixed, or it names the wrong rule. The Linter knows which suppressions were used only after every other
 * rule ran, so it hands them to {@link #reportUnused} instead of calling {@link #check}.
 */
public final class UnusedSuppression implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL007", "unused-suppression", Family.DELIMITER,
            "Suppression comments must suppress something",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Nothing to do per document: see {@link #reportUnused}. */
    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        // Reported by the Linter through reportUnused, once the other rules' findings are known.
    }

    public void reportUnused(CorpusDocument document, Suppressions suppressions, DiagnosticSink sink) {
        for (Suppressions.Suppression s : suppressions.all()) {
            if (s.used()) {
                continue;
            }
            String what = s.selectors().isEmpty() ? "any rule" : String.join(", ", s.selectors());
            if (s.frontMatter()) {
                sink.report(s.directive(), "`" + Suppressions.FRONT_MATTER_KEY + "` suppresses nothing (" + what + ")");
            } else {
                sink.report(s.directive(), "Suppression comment suppresses nothing (" + what + ")",
                        Fix.safe("Remove the suppression comment",
                                TextEdit.delete(LineDeletion.widenToLines(document.text(), document.lines(), s.directive()))));
            }
        }
    }
}
