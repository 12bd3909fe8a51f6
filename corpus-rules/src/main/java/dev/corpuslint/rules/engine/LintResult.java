package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;

/** Findings for one document, sorted by position then rule code, and any rule that failed on it. */
public record LintResult(CorpusDocument document, List<Diagnostic> diagnostics, List<RuleFailure> failures) {
    public LintResult {
        diagnostics = List.copyOf(diagnostics);
        failures = List.copyOf(failures);
    }
}
