package dev.corpuslint.rules.learn;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import java.nio.file.Path;
import java.util.List;

/**
 * Which site a document came from, so boilerplate is learned per site: the front-matter {@code source},
 * else {@code author}, else the first of {@code categories}; without any, the document's directory (relative to
 * the corpus root when there is one, so an index keeps working when the corpus moves).
 */
public final class SourceKey {
    private static final List<String> KEYS = List.of("source", "author", "categories");

    private SourceKey() {}

    public static String of(CorpusDocument document, Path root) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm != null) {
            for (String key : KEYS) {
                for (String value : fm.values(key)) {
                    if (!value.isBlank()) {
                        return key + ":" + value.strip();
                    }
                }
            }
        }
        Path dir = Path.of(document.path()).toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return "dir:.";
        }
        if (root != null && dir.startsWith(root)) {
            String relative = root.relativize(dir).toString().replace('\\', '/');
            return "dir:" + (relative.isEmpty() ? "." : relative);
        }
        return "dir:" + dir.toString().replace('\\', '/');
    }
}
