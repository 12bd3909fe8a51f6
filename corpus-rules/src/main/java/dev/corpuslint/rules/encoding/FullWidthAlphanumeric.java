package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CharPresence;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.NonProse;
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

/**
 * Full-width Latin letters and digits ({@code ＡＢＣ１２３}): they look like ASCII but do not match it in
 * search, numbers or tokenisers. Only letters and digits are converted, one character at a time, never
 * the whole text with NFKC (which would also turn {@code ，} into {@code ,}).
 */
public final class FullWidthAlphanumeric implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN010", "full-width-alphanumeric", Family.ENCODING,
            "Latin letters and digits must be ASCII, not full-width",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    /** Full-width forms sit exactly this far above their ASCII letters and digits. */
    private static final int OFFSET = 0xFEE0;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        CharPresence present = document.presence();
        // Nearly no document holds one: the walk over the body is made only for those that do.
        if (!present.hasAny('\uFF10', '\uFF19') && !present.hasAny('\uFF21', '\uFF3A') && !present.hasAny('\uFF41', '\uFF5A')) {
            return;
        }
        String text = document.text();
        TextRange body = document.body().range();
        char[] chars = document.chars();
        int i = body.start();
        while (i < body.end()) {
            if (!isFullWidthAlphanumeric(chars[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < body.end() && isFullWidthAlphanumeric(text.charAt(end))) {
                end++;
            }
            NonProse nonProse = document.body().nonProse();
            if (!nonProse.touches(i, end)) {
                StringBuilder ascii = new StringBuilder(end - i);
                for (int k = i; k < end; k++) {
                    ascii.append((char) (text.charAt(k) - OFFSET));
                }
                String run = text.substring(i, end);
                sink.report(new TextRange(i, end), "Full-width letters or digits `" + run + "`",
                        Fix.safe("Replace with `" + ascii + "`", TextEdit.replace(i, end, ascii.toString())));
            }
            i = end;
        }
    }

    private static boolean isFullWidthAlphanumeric(char c) {
        return (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
    }
}
