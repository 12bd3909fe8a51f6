package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;

/**
 * The outcome of fixing one document.
 *
 * @param fixed the document after all passes
 * @param applied the findings whose fixes were applied, in the order they were applied
 * @param remaining the findings of the final lint
 * @param passes how many lint-and-fix passes ran
 * @param converged false when fixes were still being produced after the pass bound (a rule bug)
 */
public record FixResult(
        CorpusDocument fixed, List<Diagnostic> applied, LintResult remaining, int passes, boolean converged) {
    public FixResult {
        applied = List.copyOf(applied);
    }

    public boolean changed() {
        return !applied.isEmpty();
    }
}
