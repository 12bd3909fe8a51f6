package dev.corpuslint.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixEngineTest {
    /** Reports every `x` and replaces it with `yy`; safe. */
    static final class EveryX implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("EN901", "every-x", Family.ENCODING, "x", Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);
        }

        @Override
        public void check(CorpusDocument document, DiagnosticSink sink) {
            String text = document.text();
            for (int i = text.indexOf('x'); i >= 0; i = text.indexOf('x', i + 1)) {
                sink.report(new TextRange(i, i + 1), "x", Fix.safe("x to yy", TextEdit.replace(i, i + 1, "yy")));
            }
        }
    }

    /** Deletes the whole text when it starts with `q`: overlaps with EveryX; unsafe. */
    static final class WholeText implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("EN902", "whole-text", Family.ENCODING, "w", Severity.WARNING, FixAvailability.ALWAYS, Applicability.UNSAFE);
        }

        @Override
        public void check(CorpusDocument document, DiagnosticSink sink) {
            if (document.text().startsWith("q")) {
                sink.report(new TextRange(0, document.text().length()), "w", Fix.unsafe("delete", TextEdit.delete(0, document.text().length())));
            }
        }
    }

    /** Never converges: always inserts one more character. */
    static final class Grows implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("EN903", "grows", Family.ENCODING, "g", Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);
        }

        @Override
        public void check(CorpusDocument document, DiagnosticSink sink) {
            sink.report(TextRange.at(0), "g", Fix.safe("grow", TextEdit.insert(0, "g")));
        }
    }

    @Test
    void aDeletionThatWouldTurnBodyTextIntoFrontMatterIsHeldBack() {
        // Found by FixPropertiesTest: removing the script (BP110, safe) left `---` first, and the article
        // between the two `---` lines became YAML.
        String text = "<script>var a = 1;</script>\n---\n正文第一段。\n---\n分享\n";
        FixResult result = new FixEngine(new Linter(BuiltInRules.ALL)).fix(CorpusDocument.fromText("t.md", text), false);
        assertTrue(result.converged());
        assertTrue(result.fixed().text().startsWith("<script>"), result.fixed().text());
        assertTrue(result.remaining().diagnostics().stream().anyMatch(d -> d.rule().code().equals("BP110")),
                "the held fix's finding is still reported");
    }

    @Test
    void removingABomFromAClosingFenceIsHeldBackToo() {
        String text = "---\n正文第一段。\n\uFEFF---\n分享\n";
        FixResult result = new FixEngine(new Linter(BuiltInRules.ALL)).fix(CorpusDocument.fromText("t.md", text), false);
        assertTrue(result.fixed().text().contains("\uFEFF---"), "the BOM stays, so the article stays body text");
    }

    @Test
    void closingUnclosedFrontMatterHoldsNothingBackSoASecondFixFindsNothing() {
        // Found by fuzzing (FuzzTargetsTest#fixAll): DL002 closing the block counted as "exposing" front
        // matter, EN006 on `t: ` was held back, and a second `fix` then removed the trailing space.
        fixedPointInOneRun("fuzz.md", "---\nt: \n>");
    }

    /** Fixes the text with every built-in rule, unsafe fixes included, and checks a second run changes nothing. */
    private static FixResult fixedPointInOneRun(String name, String text) {
        FixEngine engine = new FixEngine(new Linter(BuiltInRules.ALL));
        FixResult once = engine.fix(CorpusDocument.fromText(name, text), true);
        assertTrue(once.converged());
        FixResult twice = engine.fix(once.fixed(), true);
        assertFalse(twice.changed(), () -> "a second fix applied " + twice.applied() + " to " + once.fixed().text());
        return once;
    }

    @Test
    void onlyTheFixesThatWouldOpenFrontMatterAreHeldSoASecondFixFindsNothing() {
        // Found by fuzzing (FuzzTargetsTest#fixAll, crash-8aee8bb5…, minimised): removing U+0012 from the first
        // line and U+0000 from the last would together make both `---`. The engine held back every fix of
        // that pass, the script conversion (EN015) between them too; a second `fix` then converted the text.
        FixResult once = fixedPointInOneRun("fuzz.md", "--\u0012-\n國\u0000環節監態厅电网络诈\n--\u0000-");
        assertFalse(once.fixed().frontMatter().isPresent() && once.fixed().frontMatter().get().isClosed(),
                "the body text does not become front matter: " + once.fixed().text());
        assertTrue(once.fixed().text().contains("国环节监态厅电网络诈"), "the unrelated conversion is applied: " + once.fixed().text());
    }

    @Test
    void appliesNonOverlappingEditsBackToFront() {
        FixResult result = new FixEngine(new Linter(List.of(new EveryX()))).fix(CorpusDocument.fromText("t", "axbxc"), false);
        assertEquals("ayybyyc", result.fixed().text());
        assertEquals(2, result.applied().size());
        assertTrue(result.converged());
    }

    @Test
    void keepsUnsafeFixesOutUnlessAsked() {
        Linter linter = new Linter(List.of(new EveryX(), new WholeText()));
        assertEquals("qyy", new FixEngine(linter).fix(CorpusDocument.fromText("t", "qx"), false).fixed().text());
        // With unsafe fixes the deletion starts first, so it is taken and the overlapping safe edit is dropped.
        assertEquals("", new FixEngine(linter).fix(CorpusDocument.fromText("t", "qx"), true).fixed().text());
    }

    @Test
    void stopsAtThePassBoundAndSaysSo() {
        FixResult result = new FixEngine(new Linter(List.of(new Grows()))).fix(CorpusDocument.fromText("t", ""), false);
        assertFalse(result.converged());
        assertEquals(FixEngine.MAX_PASSES, result.passes());
    }

    @Test
    void insertionsAtTheSamePlaceConflict() {
        assertTrue(FixEngine.conflict(TextRange.at(3), TextRange.at(3)));
        assertTrue(FixEngine.conflict(TextRange.at(3), new TextRange(3, 5)));
        assertFalse(FixEngine.conflict(new TextRange(1, 3), new TextRange(3, 5)));
    }

    @Test
    void rejectsOverlappingEdits() {
        assertThrows(IllegalArgumentException.class,
                () -> FixEngine.applyEdits("abcdef", List.of(TextEdit.delete(0, 3), TextEdit.delete(2, 4))));
    }

    @Test
    void allBuiltInFixesConvergeOnAMessyDocument() {
        String text = "\uFEFF\n\n---\ntitle: t\ndate: Wed, 09 Jun 2021 07:18:08 GMT\n---\r\n正文\u200B。\r\n\r\n：\r\n。\r\n";
        FixResult once = fixedPointInOneRun("t.md", text);
        assertEquals("---\ntitle: t\ndate: 2021-06-09T07:18:08Z\n---\n正文。\n\n", once.fixed().text());
    }
}
