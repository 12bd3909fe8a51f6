package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppressions end to end: the Linter drops what they cover and reports those that cover nothing. */
class UnusedSuppressionTest {
    private static final Linter LINTER = new Linter(BuiltInRules.ALL);
    private static final String HEAD = "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\nurl: https://a.b/c\n---\n";

    private static List<String> codes(String text) {
        return LINTER.lint(CorpusDocument.fromText("a.md", text)).diagnostics().stream()
                .map(d -> d.rule().code() + "@" + (CorpusDocument.fromText("a.md", text).lines().lineOf(d.range().start()) + 1)).toList();
    }

    @Test
    void disableEnableAndNextLineCoverWhatTheyName() {
        String text = HEAD + "<!-- corpuslint-disable-next-line BP104 -->\n扫码关注我们\n\n扫码关注我们\n\n"
                + "<!-- corpuslint-disable EN009 -->\n中文,中文\n<!-- corpuslint-enable EN009 -->\n中文,中文\n";
        assertEquals(List.of("BP104@9", "EN009@14"), codes(text));
    }

    @Test
    void selectorsMayBeNamesFamiliesOrNothing() {
        assertEquals(List.of(), codes(HEAD + "<!-- corpuslint-disable-next-line follow-promo-line -->\n扫码关注我们\n"));
        assertEquals(List.of(), codes(HEAD + "<!-- corpuslint-disable boilerplate -->\n扫码关注我们\n"));
        assertEquals(List.of(), codes(HEAD + "<!-- corpuslint-disable -->\n扫码关注我们\n中文,中文\n"));
    }

    @Test
    void theFrontMatterKeyCoversTheWholeFile() {
        assertEquals(List.of(), codes("---\ntitle: t\ndate: 2024-01-01T00:00:00Z\ncorpuslint-disable: [FM013]\n---\n正文。\n"));
        assertEquals(List.of(), codes("---\ntitle: t\ncorpuslint-disable: all\n---\n中文,中文\n"));
    }

    @Test
    void aSuppressionThatCoversNothingIsReportedAndRemovedSafely() {
        String text = HEAD + "<!-- corpuslint-disable-next-line BP104 -->\n正文。\n";
        List<Diagnostic> found = LINTER.lint(CorpusDocument.fromText("a.md", text)).diagnostics();
        assertEquals(1, found.size());
        assertEquals("Suppression comment suppresses nothing (BP104)", found.get(0).message());
        assertEquals(HEAD + "正文。\n", new FixEngine(LINTER).fix(CorpusDocument.fromText("a.md", text), false).fixed().text());
        List<Diagnostic> key = LINTER.lint(CorpusDocument.fromText("a.md", HEAD.replace("---\n正", "") 
                .replace("url: https://a.b/c\n", "url: https://a.b/c\ncorpuslint-disable: [BP001]\n") + "正文。\n")).diagnostics();
        assertEquals(1, key.size());
        assertNull(key.get(0).fix(), "front matter is the curator's to edit");
    }

    @Test
    void commentsInsideCodeAreText() {
        String text = HEAD + "```\n<!-- corpuslint-disable-next-line EN009 -->\n```\n\n中文,中文\n";
        assertEquals(List.of("EN009@10"), codes(text));
    }
}
