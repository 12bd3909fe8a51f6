package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;
import java.util.Set;

/**
 * Kind {@code phrase}: a line that is (or, with {@code match: contains}, contains) one of the phrases,
 * compared after normalisation so width, spacing and emphasis variants match too. Phrases may also come
 * from the document's own front matter (a WeChat account name repeated under the title).
 */
final class PhraseLines extends LineMatcher {
    private final Set<String> phrases;
    private final boolean wholeLine;
    private final List<String> frontMatterKeys;

    PhraseLines(Set<String> normalizedPhrases, boolean wholeLine, List<String> frontMatterKeys, int maxLength) {
        super(maxLength);
        this.phrases = normalizedPhrases;
        this.wholeLine = wholeLine;
        this.frontMatterKeys = frontMatterKeys;
    }

    @Override
    String match(CorpusDocument document, BodyLines body, int line) {
        String key = body.normalized(line);
        if (key.isEmpty()) {
            return null;
        }
        if (wholeLine ? phrases.contains(key) : phrases.stream().anyMatch(key::contains)) {
            return body.readable(line);
        }
        for (String frontMatterKey : frontMatterKeys) {
            for (String value : document.frontMatter().map(fm -> fm.values(frontMatterKey)).orElse(List.of())) {
                if (value.isBlank()) {
                    continue;
                }
                String phrase = BodyLines.normalize(value);
                if (wholeLine ? key.equals(phrase) : key.contains(phrase)) {
                    return body.readable(line);
                }
            }
        }
        return null;
    }
}
