package dev.corpuslint.rules.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A resolved configuration: where it came from (empty for the built-in defaults) and its settings.
 * Issue-level features (rule selection, per-file ignores, packs) extend this record.
 */
public record CorpusConfig(Optional<Path> source, FrontMatterSchema frontMatter) {
    public static final CorpusConfig DEFAULT = new CorpusConfig(Optional.empty(), FrontMatterSchema.DEFAULT);
}
