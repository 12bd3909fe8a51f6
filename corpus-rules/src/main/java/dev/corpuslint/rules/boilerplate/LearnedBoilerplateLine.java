package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.CorpusRule;
import dev.corpuslint.rules.learn.CandidateLines;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.learn.SourceKey;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import dev.corpuslint.rules.packs.LineDeletion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line that repeats across many documents of the same source: a slogan, a subscription promo, a login
 * bar. Learned from the corpus (an index built by {@code corpuslint learn}, or counted during a directory
 * check), so it finds the boilerplate of sites no pack knows.
 */
public final class LearnedBoilerplateLine implements CorpusRule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP004", "learned-boilerplate-line", Family.BOILERPLATE,
            "Lines repeated across many documents of one source are site boilerplate",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    private final LearnedIndex index;
    private final LearningSettings settings;
    private final Path root;
    /**
     * The learned lines by the hash of their source and key, the hash the learner counted them by: evidence
     * keeps a candidate's hash rather than its key, which would hold a copy of nearly every body line.
     */
    private final long[] learnedHashes;
    /** The learned line of each hash in {@link #learnedHashes}, which is sorted: a lookup is a binary search, no boxing. */
    private final LearnedIndex.Line[] learned;

    public LearnedBoilerplateLine(LearnedIndex index, LearningSettings settings) {
        this.index = index;
        this.settings = settings;
        this.root = index.root().orElse(null);
        List<LearnedIndex.Line> all = new ArrayList<>();
        index.lines().values().forEach(bySource -> all.addAll(bySource.values()));
        long[] hashes = new long[all.size()];
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = LearnedIndex.hash(all.get(i).source(), all.get(i).key());
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        learnedHashes = new long[hashes.length];
        learned = new LearnedIndex.Line[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            learnedHashes[i] = hashes[order[i]];
            learned[i] = all.get(order[i]);
        }
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** A line another boilerplate rule already reports (a credit line, a chrome block) is not reported twice. */
    @Override
    public boolean deferential() {
        return true;
    }

    /**
     * One document's candidate lines: their line numbers, the hashes of their source and key, and for each the
     * nearest non-blank line before it (-1 for none in the body), which is all a run of learned lines needs.
     * {@code root} is the root of the index the source was worked out for.
     */
    record Evidence(Path root, String source, int[] lines, long[] hashes, int[] nonBlankBefore) {}

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (index.isEmpty()) {
            return;
        }
        String source = SourceKey.of(document, root);
        if (index.lines().containsKey(source)) {
            report(evidence(document, source), document.lines(), sink);
        }
    }

    @Override
    public Evidence evidence(CorpusDocument document) {
        return evidence(document, SourceKey.of(document, root));
    }

    private Evidence evidence(CorpusDocument document, String source) {
        BodyLines body = document.bodyLines();
        List<CandidateLines.Candidate> candidates = CandidateLines.of(document, settings);
        int[] lines = new int[candidates.size()];
        long[] hashes = CandidateLines.hashes(document, settings, source);
        int[] nonBlankBefore = new int[candidates.size()];
        for (int i = 0; i < lines.length; i++) {
            CandidateLines.Candidate candidate = candidates.get(i);
            lines[i] = candidate.line();
            int before = candidate.line() - 1;
            while (before >= body.first() && body.isBlank(before)) {
                before--;
            }
            nonBlankBefore[i] = before >= body.first() ? before : -1;
        }
        return new Evidence(root, source, lines, hashes, nonBlankBefore);
    }

    @Override
    public void report(Object evidence, LineIndex lines, DiagnosticSink sink) {
        Evidence e = (Evidence) evidence;
        if (!java.util.Objects.equals(e.root(), root)) {
            // The source is relative to the index's root: evidence taken for another root names another source.
            throw new IllegalArgumentException("evidence taken for the index root " + e.root() + ", reported against " + root);
        }
        if (index.isEmpty() || !index.lines().containsKey(e.source())) {
            return;
        }
        // Runs of learned lines (blank lines between them allowed) are one finding: a site's footer is one block.
        int first = -1;
        int last = -1;
        int count = 0;
        int most = 0;
        for (int i = 0; i < e.lines().length; i++) {
            int at = Arrays.binarySearch(learnedHashes, e.hashes()[i]);
            if (at < 0) {
                continue;
            }
            LearnedIndex.Line line = learned[at];
            if (first >= 0 && e.nonBlankBefore()[i] > last) {
                report(lines, sink, e.source(), first, last, count, most);
                first = -1;
            }
            if (first < 0) {
                first = e.lines()[i];
                count = 0;
                most = 0;
            }
            last = e.lines()[i];
            count++;
            most = Math.max(most, line.documents());
        }
        if (first >= 0) {
            report(lines, sink, e.source(), first, last, count, most);
        }
    }

    private void report(LineIndex lines, DiagnosticSink sink, String source, int first, int last, int count, int most) {
        TextRange range = new TextRange(lines.contentStart(first), lines.lineEnd(last));
        String site = source.substring(source.indexOf(':') + 1);
        String message = (count == 1 ? "Line appears in " + most : count + " lines appear in up to " + most) + " of "
                + index.sourceDocuments(source) + " documents from " + site + " (learned boilerplate)";
        TextRange deletion = LineDeletion.ofLines(lines, first, last);
        if (deletion != null) {
            sink.report(range, message, Fix.unsafe(count == 1 ? "Remove the repeated line" : "Remove the repeated lines", TextEdit.delete(deletion)));
        } else {
            sink.report(range, message);
        }
    }
}
