package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CharPresence;
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
import java.util.Locale;

/**
 * Zero-width and control characters: invisible in an editor, but they split words for search and
 * tokenisers. Joiners that shape emoji or Indic and Arabic-script text are left alone.
 */
public final class InvisibleCharacter implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN005", "invisible-character", Family.ENCODING,
            "Text must not contain zero-width or control characters",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (!mayHoldReported(document.presence())) {
            return;
        }
        String text = document.text();
        char[] chars = document.chars();
        int i = 0;
        while (i < chars.length) {
            if (isCommon(chars[i]) || !isReported(text, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isReported(text, end)) {
                end++;
            }
            TextRange run = new TextRange(i, end);
            String names = describe(text, i, end);
            sink.report(run, (end - i == 1 ? "Invisible character " : "Invisible characters ") + names,
                    Fix.safe("Remove " + names, TextEdit.delete(run)));
            i = end;
        }
    }

    /** False when the text holds none of the characters {@link #isReported} can report (nine documents in ten). */
    private static boolean mayHoldReported(CharPresence present) {
        return present.hasAny((char) 0x00, (char) 0x08) || present.hasAny((char) 0x0B, (char) 0x0C)
                || present.hasAny((char) 0x0E, (char) 0x1F) || present.hasAny((char) 0x7F, (char) 0x9F)
                || present.has('\u00AD') || present.has('\u180E') || present.hasAny('\u200B', '\u200D')
                || present.hasAny('\u2060', '\u2064') || present.has('\uFEFF') || present.hasAny('\uD800', '\uDFFF');
    }

    /**
     * Printable ASCII, everything from U+2065 up to the surrogates (CJK and its punctuation included) and from
     * the private use area on but the BOM (full-width forms included): nearly every character, never reported.
     */
    private static boolean isCommon(char c) {
        return c >= 0x20 && c < 0x7F || c > '\u2064' && c < '\uD800' || c >= '\uE000' && c != '\uFEFF';
    }

    private static boolean isReported(String text, int i) {
        char c = text.charAt(i);
        if (isCommon(c)) {
            return false;
        }
        if (c == '\uFEFF') {
            return i > 0; // a leading one is a byte order mark, reported by EN001
        }
        if (c == '\u200C' || c == '\u200D') {
            return !joinsShapedText(text, i);
        }
        if (Character.isSurrogate(c)) {
            // A lone surrogate half cannot be encoded in UTF-8 at all; a paired one is an ordinary character.
            return Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\u200B' || c == '\u2060' || c == '\u00AD' || c == '\u180E' || (c >= '\u2061' && c <= '\u2064')
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F);
    }

    /** ZWJ inside emoji sequences, ZWJ/ZWNJ beside scripts that use them for shaping: meaningful, keep. */
    private static boolean joinsShapedText(String text, int i) {
        int before = i > 0 ? text.codePointBefore(i) : -1;
        int after = i + 1 < text.length() ? text.codePointAt(i + 1) : -1;
        return isShaping(before) || isShaping(after);
    }

    private static boolean isShaping(int cp) {
        if (cp < 0) {
            return false;
        }
        if (Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return true; // emoji, variation selector, skin tones
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case ARABIC, SYRIAC, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM,
                    SINHALA, MONGOLIAN, NKO, THAANA, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    /**
     * {@code U+} and {@code c} in four upper-case hex digits, as {@code String.format("U+%04X")} writes it, without
     * a Formatter: it parsed its pattern at every call, interpreted at first, for each of the thousand or so
     * characters a corpus reports.
     */
    static void appendCodeUnit(StringBuilder out, char c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        out.append("U+");
        for (int pad = hex.length(); pad < 4; pad++) {
            out.append('0');
        }
        out.append(hex);
    }

    private static String describe(String text, int start, int end) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = start; i < end && shown < 3; i++, shown++) {
            if (shown > 0) {
                out.append(", ");
            }
            appendCodeUnit(out, text.charAt(i));
        }
        if (end - start > 3) {
            out.append(" and ").append(end - start - 3).append(" more");
        }
        return out.toString();
    }
}
