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

/** A byte order mark at the start of the file: it hides the front matter's `---` from most parsers. */
public final class ByteOrderMark implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN001", "byte-order-mark", Family.ENCODING,
            "Files must not start with a byte order mark",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (!document.text().startsWith("\uFEFF")) {
            return;
        }
        TextRange bom = new TextRange(0, 1);
        sink.report(bom, "File starts with a byte order mark (U+FEFF)",
                Fix.safe("Remove byte order mark", TextEdit.delete(bom)));
    }
}
