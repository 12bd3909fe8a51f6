package dev.corpuslint.rules.packs;

import com.google.re2j.Pattern;
import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;

/** Kind {@code pattern}: a line whose visible text matches one of the patterns (RE2/J, linear time). */
final class PatternLines extends LineMatcher {
    private final List<Pattern> patterns;

    PatternLines(List<Pattern> patterns, int maxLength) {
        super(maxLength);
        this.patterns = patterns;
    }

    @Override
    String match(CorpusDocument document, BodyLines body, int line) {
        String visible = body.readable(line);
        for (Pattern pattern : patterns) {
            com.google.re2j.Matcher m = pattern.matcher(visible);
            if (m.find()) {
                return visible;
            }
        }
        return null;
    }
}
