package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Runs a set of rules over a document. Thread-safe; share one instance across threads. */
public final class Linter {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::range)
            .thenComparing(d -> d.rule().code());

    private final List<Rule> rules;
    private final Map<String, Severity> severities;

    /** @param severities severity per rule code, overriding the default; rules absent from the map keep theirs */
    public Linter(List<Rule> rules, Map<String, Severity> severities) {
        this.rules = List.copyOf(rules);
        this.severities = Map.copyOf(severities);
    }

    public Linter(List<Rule> rules) {
        this(rules, Map.of());
    }

    public List<Rule> rules() {
        return rules;
    }

    public LintResult lint(CorpusDocument document) {
        List<Diagnostic> found = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (Rule rule : rules) {
            Severity severity = severities.getOrDefault(rule.metadata().code(), rule.metadata().defaultSeverity());
            DiagnosticSink sink = (TextRange range, String message, Diagnostic.Related related, List<Fix> fixes) ->
                    found.add(new Diagnostic(rule.metadata(), message, range, severity, fixes, related));
            int before = found.size();
            try {
                rule.check(document, sink);
            } catch (RuntimeException | StackOverflowError e) {
                // A rule bug must not cost the user the other rules' findings: drop its partial output, keep going.
                found.subList(before, found.size()).clear();
                failures.add(new RuleFailure(rule.metadata().code(), document.path(), e));
            }
        }
        found.sort(ORDER);
        return new LintResult(document, found, failures);
    }
}
