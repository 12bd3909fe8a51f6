package dev.corpuslint.rules.learn;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.document.LinkLine;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body lines that can be learned as boilerplate, the same for learning and for checking: not blank, not
 * a heading or table row (report structures such as 漏洞描述 repeat legitimately), not inside code, a comment or a script,
 * within the length bounds, and with at least two letters or ideographs. An image alone on its line counts
 * by its address, whatever its length: the same picture under every article is a banner.
 */
public final class CandidateLines {
    /** Headings and table rows: report templates repeat them (漏洞描述, | 威胁等级 | 高危 |) in every report. */
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(?:#{1,6}(?:\\s|$)|<h[1-6]\\b|\\|)", Pattern.CASE_INSENSITIVE);
    /** An image alone on its line (group 1: its address), possibly wrapped in a link. */

    /** One candidate: its line number and its normalised key. */
    public record Candidate(int line, String key) {}

    private CandidateLines() {}

    /** The document's candidate lines, found once per settings: learning and BP004 both ask for them in a directory check. */
    public static List<Candidate> of(CorpusDocument document, LearningSettings settings) {
        return document.derived(new Key(settings.minLength(), settings.maxLength()), d -> List.copyOf(find(d, settings)));
    }

    /**
     * What {@link CorpusDocument#derived} keeps the candidates under: the only settings they depend on. Written
     * out because a record's generated {@code equals} and {@code hashCode} make classes at first use, which
     * a one-file check would pay for at start-up.
     */
    private record Key(int minLength, int maxLength) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.minLength == minLength && k.maxLength == maxLength;
        }

        @Override
        public int hashCode() {
            return 31 * minLength + maxLength;
        }
    }

    /**
     * The hash of each candidate's source and key ({@link LearnedIndex#hash}) in candidate order, computed once
     * per document and source: the learner counts by them and BP004 looks lines up by them.
     */
    public static long[] hashes(CorpusDocument document, LearningSettings settings, String source) {
        return document.derived(new HashesKey(settings.minLength(), settings.maxLength(), source), d -> {
            List<Candidate> candidates = of(d, settings);
            long start = LongCounter.start(source);
            long[] hashes = new long[candidates.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = LongCounter.resume(start, candidates.get(i).key());
            }
            return hashes;
        });
    }

    /** What {@link CorpusDocument#derived} keeps the hashes under; written out for the reason {@link Key} is. */
    private record HashesKey(int minLength, int maxLength, String source) {
        @Override
        public boolean equals(Object other) {
            return other instanceof HashesKey k && k.minLength == minLength && k.maxLength == maxLength && k.source.equals(source);
        }

        @Override
        public int hashCode() {
            return (31 * minLength + maxLength) * 31 + source.hashCode();
        }
    }

    private static List<Candidate> find(CorpusDocument document, LearningSettings settings) {
        BodyLines body = document.bodyLines();
        List<Candidate> out = new ArrayList<>();
        for (int line = body.first(); line < body.end(); line++) {
            String visible = body.visible(line);
            String image = LinkLine.imageAddress(visible);
            String key;
            if (image != null) {
                // The same image in hundreds of a source's documents is its banner or logo; an empty one is nothing.
                if (image.isBlank()) {
                    continue;
                }
                key = "image:" + image.strip();
            } else {
                int length = body.visibleLength(line);
                if (length < settings.minLength() || length > settings.maxLength() || isHeading(document.lines(), body, line)) {
                    continue;
                }
                key = body.normalized(line);
                if (letters(key) < 2) {
                    continue;
                }
            }
            if (document.body().isCodeOrInvisible(document.lines().contentStart(line))) {
                continue;
            }
            out.add(new Candidate(line, key));
        }
        return out;
    }

    /** HEADING, tried only on lines whose first character after up to three spaces can start it. */
    private static boolean isHeading(LineIndex lines, BodyLines body, int line) {
        int lead = lines.leadChar(line, 3);
        return (lead == '#' || lead == '<' || lead == '|') && HEADING.matcher(body.raw(line)).lookingAt();
    }

    private static int letters(String key) {
        int n = 0;
        for (int i = 0; i < key.length() && n < 2; i++) {
            if (dev.corpuslint.rules.document.Letters.isLetter(key.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
