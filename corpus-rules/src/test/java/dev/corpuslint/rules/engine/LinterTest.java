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
}
