package dev.corpuslint.rules.config;

import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.packs.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A resolved configuration: where it came from (empty for the built-in defaults) and its settings: the
 * front-matter schema, the user's own rule packs (loaded and validated), and the boilerplate-learning thresholds.
 */
public record CorpusConfig(Optional<Path> source, FrontMatterSchema frontMatter, List<RulePack> packs, LearningSettings learning) {
    public static final CorpusConfig DEFAULT = new CorpusConfig(Optional.empty(), FrontMatterSchema.DEFAULT, List.of(), LearningSettings.DEFAULT);

    public CorpusConfig(Optional<Path> source, FrontMatterSchema frontMatter) {
        this(source, frontMatter, List.of(), LearningSettings.DEFAULT);
    }
}
