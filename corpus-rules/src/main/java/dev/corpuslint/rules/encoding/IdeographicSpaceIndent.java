package dev.corpuslint.rules.encoding;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs indented with ideographic spaces (U+3000), as print layouts do: the indentation is
 * presentation, and it ends up as leading characters of every paragraph in extracted text. Also found
 * right after the opening tags of an HTML paragraph ({@code <p>　　正文}).
 */
public final class IdeographicSpaceIndent implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN008", "ideographic-space-indent", Family.ENCODING,
            "Paragraphs must not be indented with ideographic spaces",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    private static final Pattern INDENT = Pattern.compile("^(?:[ \\t]*<[A-Za-z][^<>]*>)*[ \\t]*(\\u3000+)[ \\t\\u3000]*");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        if (!document.presence().has('\u3000') || text.indexOf('\u3000', document.body().range().start()) < 0) {
            return;
        }
        LineIndex lines = document.lines();
        for (int line = lines.lineOf(document.body().range().start()); line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            Matcher m = INDENT.matcher(text).region(start, lines.lineEnd(line));
            if (!m.lookingAt() || m.end() == lines.lineEnd(line)) {
                continue; // a line of only spaces is trailing whitespace, not indentation
            }
            TextRange indent = new TextRange(m.start(1), m.end());
            sink.report(indent, "Paragraph indented with ideographic spaces (U+3000)",
                    Fix.safe("Remove the indentation", TextEdit.delete(indent)));
        }
    }
}
