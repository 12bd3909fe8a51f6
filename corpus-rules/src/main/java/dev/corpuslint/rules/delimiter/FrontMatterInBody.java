package dev.corpuslint.rules.delimiter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.regex.Pattern;

/**
 * A second front-matter block inside the body — {@code ---}, two or more {@code key: value} lines,
 * {@code ---} — usually an article concatenated with another, or front matter written twice. It renders as
 * a horizontal rule and a setext heading.
 */
public final class FrontMatterInBody implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL005", "front-matter-in-body", Family.DELIMITER,
            "The body must not contain another front-matter block",
            Severity.WARNING, FixAvailability.NONE, null);

    private static final Pattern KEY_LINE = Pattern.compile("^[A-Za-z_][\\w-]*:(?:[ \\t].*)?$");
    static final int MIN_KEYS = 2;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        LineIndex lines = document.lines();
        int first = lines.lineOf(document.body().range().start());
        if (document.body().range().isEmpty()) {
            return;
        }
        for (int line = first; line < lines.lineCount(); line++) {
            if (!isFence(document.text(), lines, line) || (line > first && !lines.isBlank(line - 1))) {
                continue;
            }
            int keys = 0;
            int l = line + 1;
            while (l < lines.lineCount() && KEY_LINE.matcher(lines.lineText(l)).matches()) {
                keys++;
                l++;
            }
            if (keys >= MIN_KEYS && l < lines.lineCount() && isFence(document.text(), lines, l)
                    && !document.body().nonProse().covers(lines.lineStart(line))) {
                sink.report(new TextRange(lines.lineStart(line), lines.lineEnd(l)),
                        "The body contains another front-matter block (" + keys + " keys)");
                line = l;
            }
        }
    }

    /**
     * Whether the line is `---` and trailing whitespace ({@code lineText(line).stripTrailing().equals("---")}),
     * read in place: every body line is asked, and copying each one showed in corpus profiles.
     */
    static boolean isFence(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        if (end - start < 3 || !text.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
