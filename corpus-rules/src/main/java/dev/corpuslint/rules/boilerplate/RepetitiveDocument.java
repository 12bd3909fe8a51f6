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
 * A document in which a large share of the paragraphs repeat other paragraphs: usually a page scraped twice
 * or a listing captured instead of an article. Reported once per document, at the first repeat; no fix,
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
        RepeatedParagraph.Repeats found = RepeatedParagraph.repeats(document);
        List<int[]> repeats = found.pairs();
        if (repeats.size() < MIN_REPEATS) {
            return;
        }
        int considered = found.lines().size();
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
