package dev.corpuslint.rules.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was learned: per source, the normalised lines that repeat across its documents, with how often.
 * {@code root} is the corpus directory the index belongs to (directory-based sources are relative to it).
 */
public record LearnedIndex(Optional<Path> root, LearningSettings settings, Map<String, Integer> documentsPerSource,
        Map<String, Map<String, Line>> lines) {

    public static final LearnedIndex EMPTY = new LearnedIndex(Optional.empty(), LearningSettings.DEFAULT, Map.of(), Map.of());

    /** One learned line: in how many of its source's documents it appears, and one way it was written. */
    public record Line(String source, String key, int documents, String example) {}

    /**
     * The 64-bit hash a learner counts a line by, of its source and its normalised key: two lines with one
     * hash are counted as one line (a chance of about 2^-64 per pair), so they are looked up as one too.
     */
    public static long hash(String source, String key) {
        return LongCounter.hash(source, key);
    }

    public Optional<Line> lookup(String source, String key) {
        Map<String, Line> bySource = lines.get(source);
        return bySource == null ? Optional.empty() : Optional.ofNullable(bySource.get(key));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int sourceDocuments(String source) {
        return documentsPerSource.getOrDefault(source, 0);
    }

    /** All learned lines, sources in name order and lines by descending document count. */
    public List<Line> all() {
        return lines.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().values().stream()
                        .sorted((a, b) -> a.documents() != b.documents() ? Integer.compare(b.documents(), a.documents()) : a.key().compareTo(b.key())))
                .toList();
    }

    public int size() {
        return lines.values().stream().mapToInt(Map::size).sum();
    }
}
