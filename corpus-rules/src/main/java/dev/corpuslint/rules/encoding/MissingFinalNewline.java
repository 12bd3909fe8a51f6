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

/** A file whose last line has no line break: `cat` and `wc -l` miss it, and concatenated files merge lines. */
public final class MissingFinalNewline implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN007", "missing-final-newline", Family.ENCODING,
            "Files must end with a line break",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        if (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
            return;
        }
        // Match the file's own line endings so that this fix and EN004 never disagree.
        String lineBreak = document.lines().hasCarriageReturn() && text.contains("\r\n") && !text.replace("\r\n", "").contains("\n") ? "\r\n" : "\n";
        int end = text.length();
        int lastLineStart = document.lines().lineStart(document.lines().lineCount() - 1);
        sink.report(new TextRange(lastLineStart, end), "File does not end with a line break",
                Fix.safe("Add a final line break", TextEdit.insert(end, lineBreak)));
    }
}
