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
import dev.corpuslint.rules.model.TextRange;

/**
 * A front-matter fence that is not exactly {@code ---}: {@code ----}, full-width {@code －－－}, or
 * {@code --- title: x}. Site generators only accept three ASCII dashes, so the block is published as text.
 */
public final class FrontMatterFenceVariant implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL004", "front-matter-fence-variant", Family.DELIMITER,
            "Front-matter fences must be exactly `---`",
            Severity.ERROR, FixAvailability.ALWAYS, Applicability.SAFE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null) {
            return;
        }
        checkFence(document, fm.openFence(), true, sink);
        fm.closeFence().ifPresent(close -> checkFence(document, close, false, sink));
    }

    private static void checkFence(CorpusDocument document, TextRange fence, boolean opening, DiagnosticSink sink) {
        String text = document.text(fence).stripTrailing();
        if (text.equals("---") || text.equals("...")) {
            return;
        }
        String which = opening ? "Opening" : "Closing";
        if (text.startsWith("---") && !text.startsWith("----")) {
            // `--- title: x`: keep the text, on its own line under the fence.
            LineIndex lines = document.lines();
            String lineBreak = lines.lineBreak(lines.lineOf(fence.start()));
            String rest = text.substring(3).strip();
            sink.report(fence, which + " front-matter fence has text after `---`",
                    Fix.safe("Move the text to its own line", TextEdit.replace(fence.start(), fence.end(),
                            "---" + (lineBreak.isEmpty() ? "\n" : lineBreak) + rest)));
            return;
        }
        sink.report(fence, which + " front-matter fence is `" + text + "`, not `---`",
                Fix.safe("Replace with `---`", TextEdit.replace(fence.start(), fence.end(), "---")));
    }
}
