package dev.corpuslint.rules.packs;

import com.google.re2j.Pattern;
import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;

/** Kind {@code pattern}: a line whose visible text matches one of the patterns (RE2/J, linear time). */
final class PatternLines extends LineMatcher {
    private final List<Pattern> patterns;
    /** By position in {@link #patterns}, the characters a match can begin with ({@link FirstChars}), or null: any. */
    private final long[][] firstChars;
    /** By position, the characters a match must end the line with ({@link FirstChars#lastOf}), or null: any. */
    private final long[][] lastChars;
    /** By position, the literals a matching line starts with when that is all the pattern says ({@link LiteralPrefixes}), or null. */
    private final List<List<String>> prefixes;

    PatternLines(List<Pattern> patterns, int maxLength) {
        super(maxLength);
        this.patterns = patterns;
        // Read from the source, which says it all only when the pattern was compiled without flags.
        this.firstChars = patterns.stream().map(p -> p.flags() == 0 ? FirstChars.of(p.pattern()) : null).toArray(long[][]::new);
        this.lastChars = patterns.stream().map(p -> p.flags() == 0 ? FirstChars.lastOf(p.pattern()) : null).toArray(long[][]::new);
        this.prefixes = patterns.stream().map(p -> p.flags() == 0 ? LiteralPrefixes.of(p.pattern()) : null).toList();
    }

    @Override
    String match(CorpusDocument document, BodyLines body, int line) {
        String visible = body.readable(line);
        for (int k = 0; k < firstChars.length; k++) {
            // An anchored pattern cannot match a line that starts with none of the characters it starts with.
            if (firstChars[k] != null && (visible.isEmpty() || !FirstChars.contains(firstChars[k], visible.charAt(0)))) {
                continue;
            }
            // And one anchored at the end, a line that ends with none of the characters it ends with.
            if (lastChars[k] != null && (visible.isEmpty() || !FirstChars.contains(lastChars[k], visible.charAt(visible.length() - 1)))) {
                continue;
            }
            List<String> literals = prefixes.get(k);
            if (literals != null) {
                if (LiteralPrefixes.matches(literals, visible)) {
                    return visible;
                }
                continue;
            }
            com.google.re2j.Matcher m = patterns.get(k).matcher(visible);
            if (m.find()) {
                return visible;
            }
        }
        return null;
    }
}
