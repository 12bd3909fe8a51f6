package dev.corpuslint.rules.encoding;

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
 * ASCII {@code , ; : ? !} between Chinese characters ({@code 你好,世界}), typed on the wrong keyboard
 * layout or produced by a converter. Only a mark with a Chinese character before it and a Chinese
 * character (or the end of the line) after it is reported, so numbers ({@code 1,000}), times, URLs, code
 * and English sentences inside Chinese text are left alone. The whole text is never NFKC-normalised,
 * which would do the opposite ({@code ，} to {@code ,}).
 */
public final class HalfWidthPunctuationInCjk implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN009", "half-width-punctuation-in-cjk", Family.ENCODING,
            "Punctuation between Chinese characters must be full-width",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    private static final String HALF = ",;:?!";
    private static final String FULL = "，；：？！";
    private static final String CJK_CLOSERS = "」』）》】〉";
    private static final String CJK_OPENERS = "「『（《【〈";

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Each ASCII character's index in {@link #HALF}, or -1: looked up for every character of every body. */
    private static final byte[] HALF_KIND = new byte[0x80];

    static {
        java.util.Arrays.fill(HALF_KIND, (byte) -1);
        for (int k = 0; k < HALF.length(); k++) {
            HALF_KIND[HALF.charAt(k)] = (byte) k;
        }
    }

    private static int halfKind(char c) {
        return c < 0x80 ? HALF_KIND[c] : -1;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        TextRange body = document.body().range();
        NonProse nonProse = null;
        char[] chars = document.chars();
        // The survey lists where the body's marks stand, these among them: walked instead of every character.
        int[] marks = document.presence().bodyMarks();
        for (int k = 0, count = document.presence().bodyMarkCount(); k < count; k++) {
            int i = marks[k];
            if (i >= body.end()) {
                break;
            }
            int kind = halfKind(chars[i]);
            if (kind < 0 || !isCjkBefore(text, i, body.start())) {
                continue;
            }
            int after = i + 1;
            if (after < body.end() && text.charAt(after) == ' ') {
                after++; // `你好, 世界`: the space goes with the half-width mark
            }
            if (!isCjkAfterOrLineEnd(text, after, body.end(), kind)) {
                continue;
            }
            if (nonProse == null) {
                nonProse = document.body().nonProse();
            }
            if (nonProse.covers(i)) {
                continue;
            }
            char half = HALF.charAt(kind);
            char full = FULL.charAt(kind);
            sink.report(new TextRange(i, i + 1), "Half-width `" + half + "` between Chinese characters",
                    Fix.safe("Replace with `" + full + "`", TextEdit.replace(i, after, String.valueOf(full))));
        }
    }

    private static boolean isCjkBefore(String text, int i, int start) {
        if (i <= start) {
            return false;
        }
        int cp = text.codePointBefore(i);
        if (cp == '”' || cp == '’') {
            // Curly quotes serve English too: they count only when they close Chinese text.
            return i - 1 > start && isHan(text.codePointBefore(i - 1));
        }
        return isHan(cp) || CJK_CLOSERS.indexOf(cp) >= 0;
    }

    /** A comma or semicolon must lead into more Chinese text; `:` `?` `!` may also end the line. */
    private static boolean isCjkAfterOrLineEnd(String text, int at, int end, int kind) {
        boolean lineEnd = at >= end || text.charAt(at) == '\n' || text.charAt(at) == '\r';
        if (lineEnd) {
            return kind >= 2;
        }
        int cp = text.codePointAt(at);
        if (cp == '“' || cp == '‘') {
            return at + 1 < end && isHan(text.codePointAt(at + 1));
        }
        return isHan(cp) || CJK_OPENERS.indexOf(cp) >= 0;
    }

    /**
     * A Han letter. The two common answers first, without the JDK's search of its script table: nothing below
     * 々 (U+3005) is one (ASCII and Latin text, where most `,` stand), every unified ideograph (U+4E00-U+9FFF)
     * is. HalfWidthPunctuationInCjkTest checks every code point against the definition.
     */
    static boolean isHan(int cp) {
        return cp >= 0x3005 && (cp >= 0x4E00 && cp <= 0x9FFF || isHanLetter(cp));
    }

    static boolean isHanLetter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }
}
