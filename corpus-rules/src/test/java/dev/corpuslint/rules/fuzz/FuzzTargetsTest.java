package dev.corpuslint.rules.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.model.Family;
import java.util.EnumMap;
import java.util.Map;

/**
 * Jazzer fuzz targets. Run with the other tests they replay the seeds in {@code FuzzTargetsTestInputs/}
 * (the five sample files, and every crash fuzzing has found); {@code scripts/fuzz} fuzzes each target in
 * turn with {@code JAZZER_FUZZ=1}, a minute per target per round (the generated corpus in
 * corpus-rules/.cifuzz-corpus carries over, so rounds add up to a long run). A target fails on any
 * exception or error, or on a broken promise: a rule that throws, fixes that do not converge, or a fixed
 * document that fixing changes again.
 */
class FuzzTargetsTest {
    private static final Map<Family, Linter> BY_FAMILY = new EnumMap<>(Family.class);

    static {
        for (Family family : Family.values()) {
            BY_FAMILY.put(family, new Linter(BuiltInRules.ALL.stream().filter(r -> r.metadata().family() == family).toList()));
        }
    }

    private static final Linter ALL = new Linter(BuiltInRules.ALL);
    private static final FixEngine FIX = new FixEngine(ALL);

    /** The JDK's strict UTF-8 reading of {@code bytes}, or null when it reports them malformed. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** Java-escaped text, so that a failure's input can be pasted into a regression test. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c == '"' || c == '\\' ? "\\" + c : c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    /** The document model: decoding, lines, front matter and its YAML, the body's HTML and visible lines. */
    @FuzzTest(maxDuration = "60s")
    void parseDocument(byte[] bytes) {
        CorpusDocument document = CorpusDocument.fromBytes("fuzz.md", bytes);
        // Well-formed UTF-8 (without a UTF-16 BOM) is read as the JDK's strict decoder reads it, and the
        // line starts found while decoding are those the text has.
        String strict = strictUtf8(bytes);
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (strict != null && !utf16Bom && !document.text().equals(strict)) {
            throw new AssertionError("decoded " + escaped(document.text()) + ", the JDK reads " + escaped(strict));
        }
        LineIndex expected = new LineIndex(document.text());
        for (int line = 0; line < Math.max(expected.lineCount(), document.lines().lineCount()); line++) {
            if (line >= expected.lineCount() || line >= document.lines().lineCount()
                    || expected.lineStart(line) != document.lines().lineStart(line)) {
                throw new AssertionError("line " + line + " starts elsewhere in " + escaped(document.text()));
            }
        }
        document.frontMatter().ifPresent(fm -> {
            fm.yaml();
            fm.yamlError();
            fm.values("title");
        });
        document.headings();
        var lines = document.bodyLines();
        for (int line = lines.first(); line < lines.end(); line++) {
            lines.normalized(line);
            lines.readable(line);
        }
        document.body().invisibleRanges();
        if (document.fileName().endsWith(".html")) {
            document.body().html();
        }
    }

    /** One family's rules on a Markdown or HTML document: no rule may throw. */
    @FuzzTest(maxDuration = "60s")
    void lintFamily(FuzzedDataProvider data) {
        Family family = data.pickValue(Family.values());
        String name = data.consumeBoolean() ? "fuzz.html" : "fuzz.md";
        CorpusDocument document = CorpusDocument.fromBytes(name, data.consumeRemainingAsBytes());
        LintResult result = BY_FAMILY.get(family).lint(document);
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().get(0).describe(), result.failures().get(0).error());
        }
    }

    /** Every rule's fixes, unsafe included: they converge, and fixing the result changes nothing. */
    @FuzzTest(maxDuration = "60s")
    void fixAll(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "fuzz.html" : "fuzz.md";
        CorpusDocument document = CorpusDocument.fromText(name, data.consumeRemainingAsString());
        FixResult fixed = FIX.fix(document, true);
        if (!fixed.converged()) {
            throw new AssertionError("fixes did not converge on " + name + " " + escaped(document.text()));
        }
        FixResult again = FIX.fix(fixed.fixed(), true);
        if (again.changed()) {
            throw new AssertionError("fixing the fixed text changed it again (" + again.applied().stream()
                    .map(d -> d.rule().code()).distinct().toList() + ") on " + name + " " + escaped(document.text())
                    + "; fixed once: " + escaped(fixed.fixed().text()));
        }
    }
}
