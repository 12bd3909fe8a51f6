package dev.corpuslint.rules.packs;

import com.google.re2j.Pattern;
import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;

/** Kind {@code pattern}: a line whose visible text matches one of the patterns (RE2/J, linear time). */
final class PatternLines extends LineMatcher {
    private final List<Filtered> patterns;

    /**
     * A pattern with what its source says of the lines it can match, read once (only from a pattern compiled
     * without flags, whose source then says it all): the characters a match can begin with ({@link FirstChars}),
     * those it must end the line with when anchored at the end ({@link FirstChars#lastOf}), and the literals a
     * line must start with when that is all the pattern says ({@link LiteralPrefixes}); each null when unknown.
     */
    private record Filtered(Pattern pattern, long[] first, long[] last, List<String> prefixes) {
        static Filtered of(Pattern pattern) {
            String source = pattern.flags() == 0 ? pattern.pattern() : null;
            return source == null ? new Filtered(pattern, null, null, null)
                    : new Filtered(pattern, FirstChars.of(source), FirstChars.lastOf(source), LiteralPrefixes.of(source));
        }

        boolean matches(String line) {
            // An anchored pattern cannot match a line that starts with none of the characters it starts with,
            // nor one anchored at the end a line that ends with none of those it ends with.
            if (first != null && (line.isEmpty() || !FirstChars.contains(first, line.charAt(0)))
                    || last != null && (line.isEmpty() || !FirstChars.contains(last, line.charAt(line.length() - 1)))) {
                return false;
            }
            return prefixes != null ? LiteralPrefixes.matches(prefixes, line) : pattern.matcher(line).find();
        }
    }

    PatternLines(List<Pattern> patterns, int maxLength) {
        super(maxLength);
        this.patterns = patterns.stream().map(Filtered::of).toList();
    }

    @Override
    String match(CorpusDocument document, BodyLines body, int line) {
        String visible = body.readable(line);
        for (Filtered pattern : patterns) {
            if (pattern.matches(visible)) {
                return visible;
            }
        }
        return null;
    }
}
