package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.delimiter.UnusedSuppression;
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
    /** Each rule's severity, by position in {@link #rules}: looked up once here, not per rule and document. */
    private final Severity[] severityOf;
    /** The codes of the deferential rules (empty when there are none). */
    private final java.util.Set<String> deferential;

    /** @param severities severity per rule code, overriding the default; rules absent from the map keep theirs */
    public Linter(List<Rule> rules, Map<String, Severity> severities) {
        this.rules = List.copyOf(rules);
        this.severities = Map.copyOf(severities);
        this.severityOf = new Severity[this.rules.size()];
        java.util.Set<String> deferentialCodes = new java.util.HashSet<>();
        for (int r = 0; r < this.rules.size(); r++) {
            severityOf[r] = severityOf(this.rules.get(r));
            if (this.rules.get(r).deferential()) {
                deferentialCodes.add(this.rules.get(r).metadata().code());
            }
        }
        this.deferential = java.util.Set.copyOf(deferentialCodes);
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
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Severity severity = severityOf[r];
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
        Suppressions suppressions = Suppressions.of(document);
        if (!suppressions.all().isEmpty()) {
            found.removeIf(d -> suppressions.suppresses(d, document.lines()));
            for (Rule rule : rules) {
                if (rule instanceof UnusedSuppression unused) {
                    Severity severity = severityOf(rule);
                    unused.reportUnused(document, suppressions, (range, message, related, fixes) ->
                            found.add(new Diagnostic(rule.metadata(), message, range, severity, fixes, related)));
                }
            }
        }
        found.sort(ORDER);
        return new LintResult(document, withoutDeferredDuplicates(found, document.text()), failures);
    }

    private Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.metadata().code(), rule.metadata().defaultSeverity());
    }

    /**
     * Drops a deferential rule's findings that non-deferential findings of the same family already cover,
     * together: three promo lines reported one by one cover the learned block they form.
     */
    private List<Diagnostic> withoutDeferredDuplicates(List<Diagnostic> found, String text) {
        if (deferential.isEmpty()) {
            return found;
        }
        List<Diagnostic> kept = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            if (!deferential.contains(d.rule().code()) || !covered(d, found, deferential, text)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** Whether other findings of the family, joined across whitespace, span {@code d}'s range. */
    private static boolean covered(Diagnostic d, List<Diagnostic> found, java.util.Set<String> deferential, String text) {
        int reached = d.range().start();
        // found is sorted by range start, so one pass extends the covered prefix.
        for (Diagnostic other : found) {
            if (deferential.contains(other.rule().code()) || other.rule().family() != d.rule().family()) {
                continue;
            }
            int start = other.range().start();
            if (start > reached && !text.substring(reached, Math.min(start, d.range().end())).isBlank()) {
                if (start >= d.range().end()) {
                    break;
                }
                continue;
            }
            reached = Math.max(reached, other.range().end());
            if (reached >= d.range().end()) {
                return true;
            }
        }
        return false;
    }
}
