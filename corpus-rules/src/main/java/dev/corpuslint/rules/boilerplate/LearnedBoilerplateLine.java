package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.learn.CandidateLines;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.learn.SourceKey;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import dev.corpuslint.rules.packs.LineDeletion;

/**
 * A line that repeats across many documents of the same source: a slogan, a subscription promo, a login
 * bar. Learned from the corpus (an index built by {@code corpuslint learn}, or counted during a directory
 * check), so it finds the boilerplate of sites no pack knows.
 */
public final class LearnedBoilerplateLine implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP004", "learned-boilerplate-line", Family.BOILERPLATE,
            "Lines repeated across many documents of one source are site boilerplate",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    private final LearnedIndex index;
    private final LearningSettings settings;

    public LearnedBoilerplateLine(LearnedIndex index, LearningSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** A line another boilerplate rule already reports (a credit line, a chrome block) is not reported twice. */
    @Override
    public boolean deferential() {
        return true;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (index.isEmpty()) {
            return;
        }
        String source = SourceKey.of(document, index.root().orElse(null));
        if (!index.lines().containsKey(source)) {
            return;
        }
        LineIndex lines = document.lines();
        BodyLines body = document.bodyLines();
        // Runs of learned lines (blank lines between them allowed) are one finding: a site's footer is one block.
        int first = -1;
        int last = -1;
        int count = 0;
        int most = 0;
        for (CandidateLines.Candidate candidate : CandidateLines.of(document, settings)) {
            LearnedIndex.Line learned = index.lookup(source, candidate.key()).orElse(null);
            if (learned == null) {
                continue;
            }
            if (first >= 0 && !onlyBlankBetween(body, last, candidate.line())) {
                report(document, sink, source, first, last, count, most);
                first = -1;
            }
            if (first < 0) {
                first = candidate.line();
                count = 0;
                most = 0;
            }
            last = candidate.line();
            count++;
            most = Math.max(most, learned.documents());
        }
        if (first >= 0) {
            report(document, sink, source, first, last, count, most);
        }
    }

    private static boolean onlyBlankBetween(BodyLines body, int from, int to) {
        for (int line = from + 1; line < to; line++) {
            if (!body.isBlank(line)) {
                return false;
            }
        }
        return true;
    }

    private void report(CorpusDocument document, DiagnosticSink sink, String source, int first, int last, int count, int most) {
        LineIndex lines = document.lines();
        TextRange range = new TextRange(lines.contentStart(first), lines.lineEnd(last));
        String site = source.substring(source.indexOf(':') + 1);
        String message = (count == 1 ? "Line appears in " + most : count + " lines appear in up to " + most) + " of "
                + index.sourceDocuments(source) + " documents from " + site + " (learned boilerplate)";
        TextRange deletion = LineDeletion.ofLines(lines, first, last);
        if (deletion != null) {
            sink.report(range, message, Fix.unsafe(count == 1 ? "Remove the repeated line" : "Remove the repeated lines", TextEdit.delete(deletion)));
        } else {
            sink.report(range, message);
        }
    }
}
