package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CorpusDocument;
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
import java.util.ArrayList;
import java.util.List;

/**
 * CRLF or lone CR line endings. Mixed endings (LF front matter, CRLF body) make line-based tools and
 * diffs misbehave; one finding per file, at the first offending break, with one fix for all of them.
 */
public final class CrlfLineEndings implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN004", "crlf-line-endings", Family.ENCODING,
            "Lines must end with LF only",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        if (!document.lines().hasCarriageReturn()) {
            return;
        }
        int first = text.indexOf('\r');
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                boolean pair = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (pair) {
                    crlf++;
                    edits.add(TextEdit.delete(i, i + 1));
                    i++;
                } else {
                    cr++;
                    edits.add(TextEdit.replace(i, i + 1, "\n"));
                }
            }
        }
        boolean firstIsPair = first + 1 < text.length() && text.charAt(first + 1) == '\n';
        TextRange at = new TextRange(first, first + (firstIsPair ? 2 : 1));
        sink.report(at, describe(lf, crlf, cr), new Fix("Convert line endings to LF", edits, Applicability.SAFE));
    }

    private static String describe(int lf, int crlf, int cr) {
        List<String> parts = new ArrayList<>();
        if (lf > 0) {
            parts.add(lf + " LF");
        }
        if (crlf > 0) {
            parts.add(crlf + " CRLF");
        }
        if (cr > 0) {
            parts.add(cr + " CR");
        }
        return parts.size() > 1
                ? "File mixes line endings (" + String.join(", ", parts) + ")"
                : "File uses " + (crlf > 0 ? "CRLF" : "CR") + " line endings (" + parts.get(0) + ")";
    }
}
