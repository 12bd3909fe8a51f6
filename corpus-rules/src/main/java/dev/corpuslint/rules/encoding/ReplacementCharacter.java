package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CharPresence;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters already lost before the file was written: U+FFFD, and the classic signatures of lossy
 * round trips — 锟斤拷 (U+FFFD's UTF-8 bytes read as GBK) and 烫烫烫 / 屯屯屯 (uninitialised memory shown as
 * GBK). Nothing can bring the original text back, so there is no fix.
 */
public final class ReplacementCharacter implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN013", "replacement-character", Family.ENCODING,
            "Text must not contain replacement characters or their GBK signatures",
            Severity.WARNING, FixAvailability.NONE, null);

    private static final Pattern LOST = Pattern.compile("\\uFFFD+|(?:锟斤拷)+|烫{3,}|屯{3,}");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Whether any character LOST can start with occurs, asked of the document's survey rather than a walk of the text. */
    private static boolean holdsLeadOfLostText(CharPresence present) {
        return present.has('\uFFFD') || present.has('锟') || present.has('烫') || present.has('屯');
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        if (!holdsLeadOfLostText(document.presence())) {
            return;
        }
        // Those that stand for undecodable bytes of this file are EN003's.
        Set<Integer> fromDecoding = new HashSet<>(document.encoding().malformedOffsets());
        Matcher m = LOST.matcher(text);
        while (m.find()) {
            if (fromDecoding.contains(m.start())) {
                continue;
            }
            String what = m.group().charAt(0) == '\uFFFD' ? "Replacement character U+FFFD" : "`" + m.group() + "`, the mark of text lost in a GBK round trip,";
            sink.report(new TextRange(m.start(), m.end()), what + " stands where text was lost");
        }
    }
}
