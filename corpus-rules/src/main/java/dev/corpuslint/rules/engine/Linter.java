package dev.corpuslint.rules.engine;

import dev.corpuslint.rules.delimiter.UnusedSuppression;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
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
    /*
     * By range, then by rule code. Written out rather than composed with Comparator.comparing and thenComparing:
     * their lambdas (the JDK's own) are not in the AOT cache, so each start spun their classes anew.
     */
    private static final Comparator<Diagnostic> ORDER = (a, b) -> {
        int byRange = a.range().compareTo(b.range());
        return byRange != 0 ? byRange : a.rule().code().compareTo(b.rule().code());
    };

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
            run(r, Step.CHECK, document, found, failures, null);
        }
        return finish(document, found, failures, Suppressions.of(document));
    }

    /**
     * Lints {@code document} with every rule but the corpus rules, which only take their evidence: a check
     * that learns the corpus as it reads it completes the result with {@link #complete} once the corpus is
     * known, instead of reading the file again. The result holds the document {@link CorpusDocument#detached
     * detached} from its views.
     */
    public Deferred lintDeferring(CorpusDocument document) {
        return lintDeferring(document, false);
    }

    /**
     * {@link #lintDeferring(CorpusDocument)}, and, when {@code dropText}, with the document held without its
     * text where nothing that completes and reports the result needs it ({@link
     * CorpusDocument#detachedWithoutText}): no suppressions, and a line index that can answer without it.
     * The result's document then answers only its path, encoding and line index: for a caller whose reports
     * need nothing else (positions), not one that reads the document again (the health report's sources).
     */
    public Deferred lintDeferring(CorpusDocument document, boolean dropText) {
        List<Diagnostic> found = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Object[] evidence = new Object[rules.size()];
        String[] codes = new String[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r) instanceof CorpusRule corpusRule) {
                codes[r] = corpusRule.metadata().code();
                run(r, Step.EVIDENCE, document, found, failures, evidence);
            } else {
                run(r, Step.CHECK, document, found, failures, null);
            }
        }
        Suppressions suppressions = Suppressions.of(document);
        // Suppressions are applied from the text (and unused ones reported from it), so they keep it.
        CorpusDocument held = dropText && suppressions.all().isEmpty() ? document.detachedWithoutText() : document.detached();
        return new Deferred(held, found, failures, evidence, codes, suppressions);
    }

    /**
     * The result {@link #lint} gives, from what {@link #lintDeferring} of a linter with the same rules and
     * settings (this one, or one built with another learned index) found: this linter's corpus rules report
     * from their evidence, then suppressions, order and deference apply as in {@link #lint}.
     *
     * @throws IllegalArgumentException when {@code deferred} comes from a linter with other rules
     */
    public LintResult complete(Deferred deferred) {
        if (deferred.ruleCount != rules.size()) {
            throw new IllegalArgumentException("deferred by a linter with " + deferred.ruleCount + " rules, completed by one with " + rules.size());
        }
        List<Diagnostic> found = deferred.found.thaw();
        List<RuleFailure> failures = new ArrayList<>(deferred.failures);
        CorpusDocument document = deferred.document;
        Object[] evidence = new Object[rules.size()];
        for (int k = 0; k < deferred.evidenceOf.length; k++) {
            evidence[deferred.evidenceOf[k]] = deferred.evidence[k];
        }
        for (int k = 0; k < deferred.evidenceOf.length; k++) {
            int r = deferred.evidenceOf[k];
            if (!(rules.get(r) instanceof CorpusRule corpusRule) || !corpusRule.metadata().code().equals(deferred.codes[k])) {
                throw new IllegalArgumentException("deferred rule " + deferred.codes[k] + " is " + rules.get(r).metadata().code() + " here");
            }
            run(r, Step.REPORT, document, found, failures, evidence);
        }
        return finish(document, found, failures, deferred.suppressions);
    }

    /**
     * One document's findings from every rule but the corpus rules, with the corpus rules' evidence, waiting
     * for the corpus to be known; see {@link #lintDeferring}.
     */
    public static final class Deferred {
        private final CorpusDocument document;
        /** Packed, not a list of objects: the collector copies a held result's objects when it promotes them. */
        private final FrozenDiagnostics found;
        private final List<RuleFailure> failures;
        /** How many rules the linter had: a result is completed by a linter with the same rules. */
        private final int ruleCount;
        /**
         * The rules that took evidence, by position, their evidence and their codes: only those, not an array
         * as long as the rule list per held result (mostly empty, and scanned by the collector all the same).
         */
        private final int[] evidenceOf;
        private final Object[] evidence;
        private final String[] codes;
        private final Suppressions suppressions;

        private Deferred(CorpusDocument document, List<Diagnostic> found, List<RuleFailure> failures, Object[] evidence,
                String[] codes, Suppressions suppressions) {
            this.document = document;
            this.found = FrozenDiagnostics.of(found);
            this.failures = List.copyOf(failures); // nearly always empty: then the one shared empty list
            this.ruleCount = evidence.length;
            int taken = 0;
            for (Object e : evidence) {
                taken += e == null ? 0 : 1;
            }
            this.evidenceOf = new int[taken];
            this.evidence = new Object[taken];
            this.codes = new String[taken];
            for (int r = 0, k = 0; r < evidence.length; r++) {
                if (evidence[r] != null) {
                    this.evidenceOf[k] = r;
                    this.evidence[k] = evidence[r];
                    this.codes[k++] = codes[r];
                }
            }
            this.suppressions = suppressions;
        }

        /**
         * About how many bytes of heap this keeps alive (text, line index, findings, evidence), for a caller
         * that bounds how many it holds. An estimate that errs high: findings and evidence at generous sizes.
         */
        public long retainedBytes() {
            LineIndex index = document.lines();
            // A document held without its text keeps a bit per character instead of two bytes.
            long text = index.isWithoutText() ? index.textLength() / 8 : 2L * index.textLength();
            return 512 + text + 24L * index.lineCount() + 320L * found.size();
        }
    }

    /** What {@link #run} does with a rule. */
    private enum Step {
        /** Check the document. */
        CHECK,
        /** Take a corpus rule's evidence from the document, into {@code evidence[r]}. */
        EVIDENCE,
        /** Report from a corpus rule's evidence, {@code evidence[r]}. */
        REPORT
    }

    /**
     * Runs {@code step} of rule {@code r}; a rule that throws costs only its own findings, recorded as a failure.
     * A step rather than a lambda: a capturing lambda made per rule and document is allocated through a method
     * handle in the launcher's C1-compiled code, about 1 % of a corpus check and 3 % of one of many small files.
     */
    private void run(int r, Step step, CorpusDocument document, List<Diagnostic> found, List<RuleFailure> failures, Object[] evidence) {
        Rule rule = rules.get(r);
        int before = found.size();
        try {
            switch (step) {
                case CHECK -> rule.check(document, new BoundSink(rule.metadata(), severityOf[r], found));
                case EVIDENCE -> evidence[r] = ((CorpusRule) rule).evidence(document);
                case REPORT -> ((CorpusRule) rule).report(evidence[r], document.lines(), new BoundSink(rule.metadata(), severityOf[r], found));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A rule bug must not cost the user the other rules' findings: drop its partial output, keep going.
            found.subList(before, found.size()).clear();
            failures.add(new RuleFailure(rule.metadata().code(), document.path(), e));
        }
    }

    /** A sink bound to one rule: its identity and severity go into every finding it reports. */
    private record BoundSink(dev.corpuslint.rules.model.RuleMetadata metadata, Severity severity, List<Diagnostic> found)
            implements DiagnosticSink {
        @Override
        public void report(TextRange range, String message, Diagnostic.Related related, List<Fix> fixes) {
            found.add(new Diagnostic(metadata, message, range, severity, fixes, related));
        }
    }

    /** Suppressions, the order of findings and deference, the same for {@link #lint} and {@link #complete}. */
    private LintResult finish(CorpusDocument document, List<Diagnostic> found, List<RuleFailure> failures, Suppressions suppressions) {
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
        return new LintResult(document, withoutDeferredDuplicates(found, document.lines()), failures);
    }

    private Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.metadata().code(), rule.metadata().defaultSeverity());
    }

    /**
     * Drops a deferential rule's findings that non-deferential findings of the same family already cover,
     * together: three promo lines reported one by one cover the learned block they form.
     */
    private List<Diagnostic> withoutDeferredDuplicates(List<Diagnostic> found, LineIndex lines) {
        if (deferential.isEmpty()) {
            return found;
        }
        List<Diagnostic> kept = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            if (!deferential.contains(d.rule().code()) || !covered(d, found, deferential, lines)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** Whether other findings of the family, joined across whitespace, span {@code d}'s range. */
    private static boolean covered(Diagnostic d, List<Diagnostic> found, java.util.Set<String> deferential,
            LineIndex lines) {
        int reached = d.range().start();
        // found is sorted by range start, so one pass extends the covered prefix.
        for (Diagnostic other : found) {
            if (deferential.contains(other.rule().code()) || other.rule().family() != d.rule().family()) {
                continue;
            }
            int start = other.range().start();
            // The gap from the line index, which a held result's document answers without its text.
            if (start > reached && !lines.isBlank(reached, Math.min(start, d.range().end()))) {
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
