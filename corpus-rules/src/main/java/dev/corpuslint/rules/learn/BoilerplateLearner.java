package dev.corpuslint.rules.learn;

import dev.corpuslint.rules.document.CorpusDocument;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, per source, in how many documents each candidate line appears (CCNet-style line deduplication,
 * scoped to one site). Counting uses 64-bit hashes so memory stays bounded on large corpora; a line's text
 * is kept only once it has reached the document threshold. Documents may be added from several threads.
 */
public final class BoilerplateLearner {
    private final LearningSettings settings;
    private final Optional<Path> root;
    private final LongCounter counts = new LongCounter();
    private final Map<String, Integer> documentsPerSource = new HashMap<>();
    private final Map<Long, LearnedIndex.Line> reached = new HashMap<>();
    private final Set<Long> bodies = new java.util.HashSet<>();

    public BoilerplateLearner(LearningSettings settings, Optional<Path> root) {
        this.settings = settings;
        this.root = root.map(p -> p.toAbsolutePath().normalize());
    }

    public void add(CorpusDocument document) {
        String source = SourceKey.of(document, root.orElse(null));
        List<CandidateLines.Candidate> candidates = CandidateLines.of(document, settings);
        long[] all = CandidateLines.hashes(document, settings, source);
        // Each distinct line once, at its first occurrence; hashed before taking the lock, which the other thread waits on.
        long[] hashes = new long[all.length];
        int[] first = new int[all.length];
        int distinct = 0;
        // Which hashes were seen, in a table of primitives sized for the document: a HashSet<Long> boxed every
        // candidate line of every document.
        LongCounter seen = new LongCounter(all.length);
        for (int i = 0; i < all.length; i++) {
            if (seen.increment(all[i]) == 1) {
                hashes[distinct] = all[i];
                first[distinct++] = i;
            }
        }
        // An exact copy of a document already counted would make every one of its lines look like template.
        long bodyHash = LongCounter.start(source);
        for (int k = 0; k < distinct; k++) {
            bodyHash = LongCounter.combine(bodyHash, hashes[k]);
        }
        synchronized (this) {
            if (distinct > 0 && !bodies.add(bodyHash)) {
                return;
            }
            documentsPerSource.merge(source, 1, Integer::sum);
            for (int k = 0; k < distinct; k++) {
                if (counts.increment(hashes[k]) == settings.minDocuments()) {
                    CandidateLines.Candidate candidate = candidates.get(first[k]);
                    reached.put(hashes[k], new LearnedIndex.Line(source, candidate.key(), 0, document.bodyLines().visible(candidate.line())));
                }
            }
        }
    }

    /** The lines over both thresholds. */
    public synchronized LearnedIndex build() {
        Map<String, Map<String, LearnedIndex.Line>> lines = new TreeMap<>();
        for (Map.Entry<Long, LearnedIndex.Line> e : reached.entrySet()) {
            LearnedIndex.Line line = e.getValue();
            int documents = counts.get(e.getKey());
            int total = documentsPerSource.get(line.source());
            if (documents >= settings.minDocuments() && documents >= settings.minShare() * total) {
                lines.computeIfAbsent(line.source(), s -> new HashMap<>())
                        .put(line.key(), new LearnedIndex.Line(line.source(), line.key(), documents, line.example()));
            }
        }
        return new LearnedIndex(root, settings, Map.copyOf(documentsPerSource), lines);
    }
}
