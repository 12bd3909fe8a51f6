package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CharPresence;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pinyin (or zhuyin) from ruby annotations flattened into the text: {@code 當(dāng)前位置:首頁(yè)}. Only a
 * tone-marked syllable or a zhuyin group in parentheses right after a Chinese character counts, and only
 * when it happens at least {@value #SYSTEMATIC} times in the document, so real parentheticals such as
 * {@code (集團)} or {@code (記者 顏若雯)}, a single deliberate pronunciation hint, and examples quoted
 * in code are never touched.
 */
public final class PinyinAnnotationLeak implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN011", "pinyin-annotation-leak", Family.ENCODING,
            "Pronunciation annotations must not be flattened into the text",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    static final int SYSTEMATIC = 3;
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    /** Matched only where a bracket follows a Han character (see {@link #check}). */
    private static final Pattern ANNOTATION = Pattern.compile(
            "[(（](?:[a-zü]{0,5}[" + TONED + "][a-zü]{0,4}|[\\u3105-\\u312F]{1,4}[ˊˇˋ˙]?)[)）]");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        CharPresence present = document.presence();
        // An annotation needs a bracket and a toned vowel or a bopomofo letter; few documents hold the latter.
        if (!present.has('(') && !present.has('（')
                || !present.hasAnyOf(TONED) && !present.hasAny('\u3105', '\u312F')) {
            return;
        }
        String text = document.text();
        TextRange body = document.body().range();
        List<TextRange> found = new ArrayList<>();
        Matcher m = ANNOTATION.matcher(text);
        // A scan for the bracket, then the pattern where one follows a Han character: a lookbehind for
        // \p{IsHan} tried at every position made this rule one of the slowest of a corpus run.
        for (int at = body.start(); at < body.end(); at++) {
            char c = text.charAt(at);
            if ((c != '(' && c != '（') || at == body.start()
                    || Character.UnicodeScript.of(text.codePointBefore(at)) != Character.UnicodeScript.HAN) {
                continue;
            }
            m.region(at, body.end());
            if (m.lookingAt() && !document.body().nonProse().touches(m.start() - 1, m.end())) {
                found.add(new TextRange(m.start(), m.end()));
                at = m.end() - 1;
            }
        }
        if (found.size() < SYSTEMATIC) {
            return;
        }
        LineIndex lines = document.lines();
        int i = 0;
        while (i < found.size()) {
            int line = lines.lineOf(found.get(i).start());
            List<TextEdit> edits = new ArrayList<>();
            int first = i;
            while (i < found.size() && lines.lineOf(found.get(i).start()) == line) {
                edits.add(TextEdit.delete(found.get(i)));
                i++;
            }
            TextRange firstOne = found.get(first);
            String example = text.substring(Math.max(body.start(), firstOne.start() - 1), firstOne.end());
            sink.report(firstOne, edits.size() == 1
                            ? "Pinyin annotation leaked into the text (" + example + ")"
                            : edits.size() + " pinyin annotations leaked into this line (" + example + ", …)",
                    new Fix("Remove the pinyin annotations", edits, Applicability.SAFE));
        }
    }
}
