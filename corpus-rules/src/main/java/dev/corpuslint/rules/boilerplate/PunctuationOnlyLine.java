package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.BodyKind;
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

/**
 * Paragraphs of lone punctuation (，：。 one per line): placeholders left where a template's text was
 * stripped. Only whole paragraphs count: a lone 。 that continues a sentence's paragraph is prose.
 */
public final class PunctuationOnlyLine implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP003", "punctuation-only-line", Family.BOILERPLATE,
            "Paragraphs holding only punctuation are template residue",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    /** ASCII dashes, asterisks and dots are Markdown syntax or ellipses, so only these marks count. */
    private static final String MARKS = "，。、；：！？,;:．｡､";

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        LineIndex lines = document.lines();
        boolean html = document.body().kind() == BodyKind.HTML;
        int first = lines.lineOf(document.body().range().start());
        int line = first;
        while (line < lines.lineCount()) {
            if (!isPunctuationOnly(lines.lineText(line), html)) {
                line++;
                continue;
            }
            int end = line;
            while (end + 1 < lines.lineCount() && isPunctuationOnly(lines.lineText(end + 1), html)) {
                end++;
            }
            boolean alone = html
                    || ((line == first || isBlank(lines.lineText(line - 1)))
                        && (end + 1 >= lines.lineCount() || isBlank(lines.lineText(end + 1))));
            if (alone) {
                int count = end - line + 1;
                TextRange range = new TextRange(lines.lineStart(line), lines.lineEnd(end));
                sink.report(range,
                        count == 1 ? "Line holds only punctuation" : count + " lines hold only punctuation",
                        Fix.safe(count == 1 ? "Remove punctuation-only line" : "Remove punctuation-only lines",
                                TextEdit.delete(lines.wholeLines(line, end))));
            }
            line = end + 1;
        }
    }

    /** In HTML only a line that is its own element ({@code <p>，</p>}) counts: a bare mark there is inline text. */
    private static boolean isPunctuationOnly(String raw, boolean html) {
        String trimmed = VisibleText.strip(raw);
        if (html && !(trimmed.startsWith("<") && trimmed.endsWith(">") && EditorCreditLine.tagsBalanced(trimmed))) {
            return false;
        }
        String visible = VisibleText.of(raw);
        if (visible.isEmpty()) {
            return false;
        }
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (MARKS.indexOf(c) < 0 && !VisibleText.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String line) {
        return VisibleText.strip(line).isEmpty();
    }
}
