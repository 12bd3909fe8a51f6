package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.Body;
import dev.corpuslint.rules.document.BodyKind;
import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.VisibleText;
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
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Paragraphs of lone punctuation (，：。 one per line): placeholders left where a template's text was
 * stripped. Only whole paragraphs count: a lone 。 that continues a sentence's paragraph is prose. In HTML,
 * block elements whose whole text is punctuation ({@code <p>，</p>}), found with jsoup.
 */
public final class PunctuationOnlyLine implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP003", "punctuation-only-line", Family.BOILERPLATE,
            "Paragraphs holding only punctuation are template residue",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    /** ASCII dashes, asterisks and dots are Markdown syntax or ellipses, so only these marks count. */
    private static final String MARKS = "，。、；：！？,;:．｡､";
    /** Blocks that can go without changing structure; table cells and lists' containers cannot. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "figcaption", "center");
    private static final String MEDIA = "img, video, audio, iframe, svg, object, embed, picture, canvas";

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (document.body().kind() == BodyKind.HTML) {
            checkHtml(document, sink);
            return;
        }
        LineIndex lines = document.lines();
        // The body's visible lines are computed once per document and shared with the other line rules.
        BodyLines body = document.bodyLines();
        int first = body.first();
        int line = first;
        while (line < lines.lineCount()) {
            if (!isPunctuationOnlyText(body.visible(line))) {
                line++;
                continue;
            }
            int end = line;
            while (end + 1 < lines.lineCount() && isPunctuationOnlyText(body.visible(end + 1))) {
                end++;
            }
            boolean alone = (line == first || isBlank(lines.lineText(line - 1)))
                    && (end + 1 >= lines.lineCount() || isBlank(lines.lineText(end + 1)));
            if (alone) {
                int count = end - line + 1;
                sink.report(new TextRange(lines.lineStart(line), lines.lineEnd(end)),
                        count == 1 ? "Line holds only punctuation" : count + " lines hold only punctuation",
                        Fix.safe(count == 1 ? "Remove punctuation-only line" : "Remove punctuation-only lines",
                                TextEdit.delete(lines.wholeLines(line, end))));
            }
            line = end + 1;
        }
    }

    /** Block elements whose text is only punctuation; a bare mark between inline elements is text and stays. */
    private static void checkHtml(CorpusDocument document, DiagnosticSink sink) {
        Body body = document.body();
        if (!containsMark(document.text(), body.range())) {
            return;
        }
        int reportedUpTo = -1;
        for (Element element : body.html().body().getAllElements()) {
            if (!BLOCKS.contains(element.normalName()) || !isPunctuationOnlyText(element.text())
                    || !element.select(MEDIA).isEmpty()) {
                continue;
            }
            TextRange range = body.rangeOf(element);
            if (range == null || range.start() < reportedUpTo) {
                continue; // implied by the parser, or inside an element already reported
            }
            reportedUpTo = range.end();
            sink.report(range, "<" + element.normalName() + "> holds only punctuation",
                    Fix.safe("Remove punctuation-only <" + element.normalName() + ">", TextEdit.delete(wholeLinesIfAlone(document, range))));
        }
    }

    /** The element's lines when it stands alone on them, so that no empty line is left; else the element itself. */
    private static TextRange wholeLinesIfAlone(CorpusDocument document, TextRange range) {
        LineIndex lines = document.lines();
        int firstLine = lines.lineOf(range.start());
        int lastLine = lines.lineOf(range.end());
        boolean aloneBefore = isBlank(document.text().substring(lines.lineStart(firstLine), range.start()));
        boolean aloneAfter = isBlank(document.text().substring(range.end(), lines.lineEnd(lastLine)));
        return aloneBefore && aloneAfter ? lines.wholeLines(firstLine, lastLine) : range;
    }

    private static boolean containsMark(String text, TextRange range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuationOnlyText(String visible) {
        String text = VisibleText.strip(visible);
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
