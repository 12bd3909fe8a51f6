package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;

/**
 * Bytes that are not valid UTF-8 in a file that is otherwise UTF-8 (truncated or spliced downloads).
 * They show as U+FFFD here; the original bytes cannot be recovered, so there is no fix, and
 * {@code fix} leaves such files untouched rather than write the replacement characters.
 */
public final class InvalidUtf8 implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN003", "invalid-utf8", Family.ENCODING,
            "Files must contain only valid UTF-8 byte sequences",
            Severity.ERROR, FixAvailability.NONE, null);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        List<Integer> offsets = document.encoding().malformedOffsets();
        String text = document.text();
        int i = 0;
        while (i < offsets.size()) {
            int start = offsets.get(i);
            int end = start + 1;
            int count = 1;
            while (i + count < offsets.size() && offsets.get(i + count) == end) {
                end++;
                count++;
            }
            i += count;
            // After fixes elsewhere the recorded offsets may be stale; only report what is still there.
            if (end <= text.length() && text.charAt(start) == '\uFFFD') {
                sink.report(new TextRange(start, end), count == 1
                        ? "Invalid UTF-8 byte sequence"
                        : count + " invalid UTF-8 byte sequences");
            }
        }
    }
}
