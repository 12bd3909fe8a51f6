package dev.corpuslint.rules.encoding;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.corpuslint.rules.document.CharPresence;
import dev.corpuslint.rules.document.CharSet;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Traditional and simplified characters mixed in one body, as left by partial conversion or by merging
 * sources. Counted with opencc4j's lists of characters that exist in only one of the two scripts; many
 * simplified forms are also valid traditional characters (于, 丑, 里), so only a real mix — the minority
 * script at least {@value #MIN_MINORITY} characters and {@value #MIN_SHARE_PERCENT}% — is reported, and as
 * information.
 */
public final class MixedChineseScripts implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN015", "mixed-chinese-scripts", Family.ENCODING,
            "A text should be written in one Chinese script, traditional or simplified",
            Severity.INFO, FixAvailability.ALWAYS, Applicability.UNSAFE);

    static final int MIN_MINORITY = 5;
    static final int MIN_SHARE_PERCENT = 20;
    static final int MIN_KANA = 10;
    /**
     * opencc4j's lists, read as resources through the class loader: touching opencc's classes would
     * initialise its converters and load the 1 MB phrase dictionary, which only a fix needs.
     */
    private static final class Lists {
        /** Per character, whether only the simplified (or only the traditional) list holds it; no boxing. */
        static final boolean[] IS_SIMPLIFIED;
        static final boolean[] IS_TRADITIONAL;
        /** The same sets as bits, one per UTF-16 unit, to test a document's {@link CharPresence} against. */
        static final CharSet SIMPLIFIED_SET;
        static final CharSet TRADITIONAL_SET;

        static {
            boolean[] simplified = characters("data/dictionary/sc.txt");
            boolean[] traditional = characters("data/dictionary/tc.txt");
            IS_SIMPLIFIED = new boolean[simplified.length];
            IS_TRADITIONAL = new boolean[simplified.length];
            // The bits are set in the same loop: this runs interpreted at start-up.
            long[] simplifiedBits = new long[1 << 10];
            long[] traditionalBits = new long[1 << 10];
            for (int c = 0; c < simplified.length; c++) {
                IS_SIMPLIFIED[c] = simplified[c] && !traditional[c];
                IS_TRADITIONAL[c] = traditional[c] && !simplified[c];
                if (IS_SIMPLIFIED[c]) {
                    simplifiedBits[c >>> 6] |= 1L << c;
                } else if (IS_TRADITIONAL[c]) {
                    traditionalBits[c >>> 6] |= 1L << c;
                }
            }
            SIMPLIFIED_SET = new CharSet(simplifiedBits);
            TRADITIONAL_SET = new CharSet(traditionalBits);
        }
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        // A text without a single character only one script has cannot mix them: most of a corpus, ruled
        // out without counting.
        if (!document.presence().intersects(Lists.SIMPLIFIED_SET) || !document.presence().intersects(Lists.TRADITIONAL_SET)) {
            return;
        }
        String text = document.text();
        TextRange body = document.body().range();
        int simplified = 0;
        int traditional = 0;
        int kana = 0;
        char[] chars = document.chars();
        for (int i = body.start(), end = body.end(); i < end; i++) {
            char c = chars[i];
            if (c >= 0x3041 && c <= 0x30FF) {
                kana++;
            }
            if (c < 0x3400) {
                continue;
            }
            if (Lists.IS_SIMPLIFIED[c]) {
                simplified++;
            } else if (Lists.IS_TRADITIONAL[c]) {
                traditional++;
            }
        }
        if (kana >= MIN_KANA) {
            return; // Japanese: its kanji look traditional to opencc, but it is not a Chinese script mix
        }
        int minority = Math.min(simplified, traditional);
        if (minority < MIN_MINORITY || minority * 100 < MIN_SHARE_PERCENT * (simplified + traditional)) {
            return;
        }
        boolean toTraditional = traditional > simplified;
        boolean[] stray = toTraditional ? Lists.IS_SIMPLIFIED : Lists.IS_TRADITIONAL;
        int first = firstOf(text, body, stray);
        String majority = toTraditional ? "traditional" : "simplified";
        String message = "Text mixes Chinese scripts: " + traditional + " traditional-only and " + simplified
                + " simplified-only characters";
        List<TextEdit> edits = convertLines(document, stray, toTraditional);
        if (edits.isEmpty()) {
            sink.report(new TextRange(first, first + 1), message);
            return;
        }
        sink.report(new TextRange(first, first + 1), message,
                new Fix("Convert to " + majority + " characters", edits, Applicability.UNSAFE));
    }

    /** Converts each body line that holds a stray character, with opencc's phrase-aware conversion. */
    private static List<TextEdit> convertLines(CorpusDocument document, boolean[] stray, boolean toTraditional) {
        LineIndex lines = document.lines();
        String text = document.text();
        List<TextEdit> edits = new ArrayList<>();
        for (int line = lines.lineOf(document.body().range().start()); line < lines.lineCount(); line++) {
            String content = lines.lineText(line);
            if (content.chars().noneMatch(c -> stray[c])) {
                continue;
            }
            String converted = toTraditional ? ZhConverterUtil.toTraditional(content) : ZhConverterUtil.toSimple(content);
            if (!converted.equals(content)) {
                edits.add(TextEdit.replace(lines.lineStart(line), lines.lineEnd(line), converted));
            }
        }
        return edits;
    }

    private static int firstOf(String text, TextRange body, boolean[] stray) {
        for (int i = body.start(); i < body.end(); i++) {
            if (stray[text.charAt(i)]) {
                return i;
            }
        }
        return body.start();
    }

    /** The characters an opencc4j list holds, as flags. */
    private static boolean[] characters(String resource) {
        try (InputStream in = MixedChineseScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("opencc4j resource missing: " + resource);
            }
            boolean[] out = new boolean[Character.MAX_VALUE + 1];
            for (char c : new String(in.readAllBytes(), StandardCharsets.UTF_8).toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    out[c] = true;
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
