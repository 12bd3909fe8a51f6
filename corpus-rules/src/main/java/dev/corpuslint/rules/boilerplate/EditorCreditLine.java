package dev.corpuslint.rules.boilerplate;

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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editor and proof-reader credits (责任编辑：张玫, 校对：王宇彤): site chrome, not article text. */
public final class EditorCreditLine implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP002", "editor-credit-line", Family.BOILERPLATE,
            "Editor and proof-reader credit lines are site boilerplate",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    /** Longer lines are sentences that merely start with a role word. */
    private static final int MAX_LINE = 40;
    private static final Pattern CREDIT = Pattern.compile(
            "^[（(【\\[]?(?:责任编辑|責任編輯|实习编辑|實習編輯|值班编辑|值班編輯|文字编辑|文字編輯|图片编辑|圖片編輯|编辑|編輯|责编|責編"
                    + "|校对|校對|审校|審校|审核|審核|终审|終審|编审|編審|美编|美編|监制|監製|主编|主編)"
                    + "[ \\t\\u3000]*[：:][ \\t\\u3000]*[^\\s：:。，！？].{0," + MAX_LINE + "}$");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^<>]*?(/?)>");
    private static final Set<String> VOID = Set.of("br", "img", "hr", "meta", "link", "input", "wbr", "source");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        LineIndex lines = document.lines();
        TextRange body = document.body().range();
        for (int line = lines.lineOf(body.start()); line < lines.lineCount(); line++) {
            String raw = lines.lineText(line);
            if (raw.isEmpty() || raw.contains("<!--") || raw.length() > 4 * MAX_LINE) {
                continue;
            }
            String visible = VisibleText.of(raw);
            if (visible.length() > MAX_LINE || !CREDIT.matcher(visible).matches()) {
                continue;
            }
            TextRange range = new TextRange(lines.lineStart(line), lines.lineEnd(line));
            String message = "Editor credit line `" + visible + "`";
            if (tagsBalanced(raw)) {
                sink.report(range, message, Fix.unsafe("Remove editor credit line", TextEdit.delete(lines.wholeLines(line, line))));
            } else {
                sink.report(range, message);
            }
        }
    }

    /** Deleting a line whose tags open or close elements elsewhere would break the HTML around it. */
    static boolean tagsBalanced(String line) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(line);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                return false;
            }
        }
        return open.isEmpty();
    }
}
