package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Encoding;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A file in a legacy charset (GB18030, Big5, …) or UTF-16: tools that assume UTF-8 show mojibake. */
public final class LegacyCharset implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN002", "legacy-charset", Family.ENCODING,
            "Files must be encoded as UTF-8",
            Severity.ERROR, FixAvailability.ALWAYS, Applicability.UNSAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        Encoding encoding = document.encoding();
        if (encoding.isUtf8() || !encoding.malformedOffsets().isEmpty()) {
            return;
        }
        int firstLineEnd = document.lines().lineEnd(0);
        String how = encoding.detected() ? "appears to be encoded as " : "is encoded as ";
        sink.report(new TextRange(0, firstLineEnd),
                "File is not UTF-8: it " + how + encoding.charset().name(),
                new Fix("Convert file from " + encoding.charset().name() + " to UTF-8", List.of(),
                        Applicability.UNSAFE, StandardCharsets.UTF_8));
    }
}
