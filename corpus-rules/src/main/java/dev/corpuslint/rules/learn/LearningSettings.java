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

    /** The header line that records these thresholds in an index file. */
    String describe() {
        return "min-documents=" + minDocuments + " min-share=" + minShare + " min-length=" + minLength + " max-length=" + maxLength;
    }
}
