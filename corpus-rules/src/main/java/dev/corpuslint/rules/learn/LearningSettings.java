package dev.corpuslint.rules.learn;

/**
 * Thresholds for corpus-learned boilerplate. A line is learned for a source when it appears in at least
 * {@code minDocuments} of that source's documents and in at least {@code minShare} of them. Lines shorter than
 * {@code minLength} or longer than {@code maxLength} visible characters are never counted: short lines are
 * labels and headings that legitimately repeat, long ones are reprinted article text, not template.
 */
public record LearningSettings(boolean enabled, int minDocuments, double minShare, int minLength, int maxLength) {
    public static final LearningSettings DEFAULT = new LearningSettings(true, 5, 0.1, 6, 100);

    public LearningSettings {
        if (minDocuments < 2 || minShare <= 0 || minShare > 1 || minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("bad learning thresholds");
        }
    }

    /**
     * The record's own form ({@code LearningSettings[enabled=true, minDocuments=5, ...]}), which keys the cached
     * index of a corpus, written out: a record's generated {@code toString} is bootstrapped by spinning method
     * handle classes at run time, about fifteen of them on the main thread before a directory check's first
     * file, which the AOT cache cannot hold.
     */
    @Override
    public String toString() {
        return new StringBuilder("LearningSettings[enabled=").append(enabled).append(", minDocuments=").append(minDocuments)
                .append(", minShare=").append(minShare).append(", minLength=").append(minLength)
                .append(", maxLength=").append(maxLength).append(']').toString();
    }

    /** The header line that records these thresholds in an index file. */
    String describe() {
        return "min-documents=" + minDocuments + " min-share=" + minShare + " min-length=" + minLength + " max-length=" + maxLength;
    }
}
