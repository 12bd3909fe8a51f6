package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.BodyKind;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
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
 * Spaces, tabs and ideographic spaces at the end of a line: invisible noise that breaks line-based
 * deduplication. A Markdown hard break (two or more spaces before a line of the same paragraph) means
 * something and is kept, as is anything inside code.
 */
public final class TrailingWhitespace implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN006", "trailing-whitespace", Family.ENCODING,
            "Lines must not end with whitespace",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        LineIndex lines = document.lines();
        boolean markdown = document.body().kind() == BodyKind.MARKDOWN;
        int bodyStart = document.body().range().start();
        NonProse nonProse = null;
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            int trimmed = end;
            while (trimmed > start && isTrailingSpace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed == end) {
                continue;
            }
            if (start >= bodyStart) {
                if (nonProse == null) {
                    nonProse = document.body().nonProse();
                }
                if (nonProse.covers(trimmed) || (markdown && isHardBreak(text, lines, line, trimmed, end))) {
                    continue;
                }
            }
            TextRange range = new TextRange(trimmed, end);
            sink.report(range, trimmed == start ? "Line holds only whitespace" : "Trailing whitespace",
                    Fix.safe("Remove trailing whitespace", TextEdit.delete(range)));
        }
    }

    private static boolean isTrailingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Two or more ASCII spaces after text, followed by a non-blank line: a Markdown line break. */
    private static boolean isHardBreak(String text, LineIndex lines, int line, int trimmed, int end) {
        String tail = text.substring(trimmed, end);
        return trimmed > lines.lineStart(line) && tail.length() >= 2 && tail.chars().allMatch(c -> c == ' ')
                && line + 1 < lines.lineCount() && !lines.isBlank(line + 1);
    }
}
