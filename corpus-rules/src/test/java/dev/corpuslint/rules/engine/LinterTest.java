package dev.corpuslint.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.encoding.ByteOrderMark;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinterTest {
    static final class Throws implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("EN999", "throws", Family.ENCODING, "t", Severity.ERROR, FixAvailability.NONE, null);
        }

        @Override
        public void check(CorpusDocument document, DiagnosticSink sink) {
            sink.report(new TextRange(0, 0), "partial");
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aThrowingRuleCostsOnlyItsOwnFindings() {
        LintResult result = new Linter(List.of(new Throws(), new ByteOrderMark())).lint(CorpusDocument.fromText("t", "\uFEFFx"));
        assertEquals(1, result.diagnostics().size());
        assertEquals("EN001", result.diagnostics().get(0).rule().code());
        assertEquals(1, result.failures().size());
        assertEquals("EN999", result.failures().get(0).ruleCode());
    }

    /** A corpus rule that throws while taking its evidence ({@code inEvidence}) or while reporting from it. */
    record ThrowingCorpusRule(String code, boolean inEvidence) implements CorpusRule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata(code, "c-" + code.toLowerCase(), Family.BOILERPLATE, "c", Severity.WARNING, FixAvailability.NONE, null);
        }

        @Override
        public void check(CorpusDocument document, DiagnosticSink sink) {
            report(evidence(document), document.lines(), sink);
        }

        @Override
        public Object evidence(CorpusDocument document) {
            if (inEvidence) {
                throw new IllegalStateException("no evidence");
            }
            return "evidence";
        }

        @Override
        public void report(Object evidence, dev.corpuslint.rules.document.LineIndex lines, DiagnosticSink sink) {
            sink.report(new TextRange(0, 0), "partial");
            throw new IllegalStateException("no report");
        }
    }

    @Test
    void aCorpusRuleThatThrowsWhileDeferredOrCompletedCostsOnlyItsOwnFindings() {
        Linter linter = new Linter(List.of(new ThrowingCorpusRule("BP990", true), new ThrowingCorpusRule("BP991", false), new ByteOrderMark()));
        LintResult result = linter.complete(linter.lintDeferring(CorpusDocument.fromText("t", "\uFEFFx")));
        assertEquals(List.of("EN001"), result.diagnostics().stream().map(d -> d.rule().code()).toList());
        assertEquals(List.of("BP990", "BP991"), result.failures().stream().map(RuleFailure::ruleCode).toList());
        assertEquals("no report", result.failures().get(1).error().getMessage());
    }

    @Test
    void appliesSeverityOverrides() {
        LintResult result = new Linter(List.of(new ByteOrderMark()), Map.of("EN001", Severity.ERROR))
                .lint(CorpusDocument.fromText("t", "\uFEFFx"));
        assertEquals(Severity.ERROR, result.diagnostics().get(0).severity());
    }

    @Test
    void sortsFindingsByPosition() {
        String text = "\uFEFF\n---\ntitle: x\ndate: Wed, 09 Jun 2021 07:18:08 GMT\n---\n";
        LintResult result = new Linter(dev.corpuslint.rules.BuiltInRules.ALL).lint(CorpusDocument.fromText("t.md", text));
        List<Integer> starts = result.diagnostics().stream().map(d -> d.range().start()).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
        assertEquals(Applicability.SAFE, result.diagnostics().get(0).fix().applicability());
    }

    /** Reports fixed ranges; deferential or not. */
    record Reports(String code, boolean deferential, List<TextRange> ranges) implements Rule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata(code, "r-" + code.toLowerCase(), Family.BOILERPLATE, "r", Severity.WARNING, FixAvailability.NONE, null);
        }

        @Override
        public void check(CorpusDocument document, DiagnosticSink sink) {
            ranges.forEach(r -> sink.report(r, code));
        }
    }

    @Test
    void aDeferentialFindingCoveredByOthersOfItsFamilyIsDropped() {
        String text = "一行\n\n二行\n三行\n";
        Rule learned = new Reports("BP998", true, List.of(new TextRange(0, 2), new TextRange(0, 8), new TextRange(4, 10)));
        Rule pack = new Reports("BP997", false, List.of(new TextRange(0, 2), new TextRange(4, 6)));
        List<String> kept = new Linter(List.of(learned, pack)).lint(CorpusDocument.fromText("a.md", text)).diagnostics().stream()
                .map(d -> d.rule().code() + "@" + d.range().start() + "-" + d.range().end()).toList();
        // 0-2 is covered; 0-8 is covered by 0-2 and 4-6 joined across the blank line only up to 6, so it stays.
        assertEquals(List.of("BP997@0-2", "BP998@0-8", "BP997@4-6", "BP998@4-10"), kept);
        Rule wide = new Reports("BP997", false, List.of(new TextRange(0, 10)));
        assertEquals(1, new Linter(List.of(learned, wide)).lint(CorpusDocument.fromText("a.md", text)).diagnostics().size());
    }
}
