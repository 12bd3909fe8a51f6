package dev.corpuslint.rules.delimiter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
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
import java.util.regex.Pattern;

/** An opening {@code ---} with no closing fence: the whole article would be read as YAML. */
public final class UnclosedFrontMatter implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL002", "unclosed-front-matter", Family.DELIMITER,
            "Front matter opened with `---` must be closed with `---`",
            Severity.ERROR, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    private static final Pattern KEY_LINE = Pattern.compile("^[A-Za-z_][\\w.-]*[ \\t]*:(?:[ \\t].*)?$");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[ \\t]+\\S.*|[ \\t]*- .*|[ \\t]*-)$");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null || fm.isClosed()) {
            return;
        }
        int closeAt = endOfKeyValueRun(document, fm);
        if (closeAt < 0) {
            sink.report(fm.openFence(), "Front matter is not closed");
            return;
        }
        LineIndex lines = document.lines();
        String lineBreak = lines.lineBreak(lines.lineOf(fm.openFence().start()));
        sink.report(fm.openFence(), "Front matter is not closed",
                Fix.unsafe("Close front matter", TextEdit.insert(closeAt, "---" + lineBreak)));
    }

    /**
     * Where the YAML-looking lines after the fence stop: the offset of the first line that is not a key,
     * a list item or an indented continuation; -1 when there is no such run followed by other text.
     */
    private static int endOfKeyValueRun(CorpusDocument document, FrontMatter fm) {
        LineIndex lines = document.lines();
        int first = lines.lineOf(fm.openFence().start()) + 1;
        boolean sawKey = false;
        for (int line = first; line < lines.lineCount(); line++) {
            String text = lines.lineText(line);
            if (KEY_LINE.matcher(text).matches()) {
                sawKey = true;
            } else if (!sawKey || !CONTINUATION.matcher(text).matches()) {
                boolean hasText = lines.lineStart(line) < document.text().length();
                return sawKey && hasText ? lines.lineStart(line) : -1;
            }
        }
        return -1;
    }
}
