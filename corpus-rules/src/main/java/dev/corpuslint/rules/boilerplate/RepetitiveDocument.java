package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;

/**
 * A document in which a large share of the paragraphs duplicate earlier ones (as BP005 judges duplication:
 * runs captured twice, a line twice in a row, the title again): usually a page scraped twice or an
 * infinite-scroll capture. Lone lines a document repeats on purpose (a campaign list's 活动时间) do not count. Reported once per document, at the first repeat; no fix,
 * because which copy to keep is a judgement.
 */
public final class RepetitiveDocument implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP006", "repetitive-document", Family.BOILERPLATE,
            "A document whose paragraphs largely repeat each other is probably a bad capture",
            Severity.WARNING, FixAvailability.NONE, null);

    static final double SHARE = 0.3;
    static final int MIN_REPEATS = 3;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        List<int[]> repeats = RepeatedParagraph.duplications(document);
        if (repeats.size() < MIN_REPEATS) {
            return;
        }
        int considered = RepeatedParagraph.repeats(document).considered();
        if (repeats.size() < SHARE * considered) {
            return;
        }
        LineIndex lines = document.lines();
        int line = repeats.get(0)[1];
        sink.report(new TextRange(lines.lineStart(line), lines.lineEnd(line)),
                Math.round(100.0 * repeats.size() / considered) + "% of the paragraphs (" + repeats.size() + " of " + considered
                        + ") repeat earlier ones in this document");
    }
}
