package dev.corpuslint.rules.config;

import dev.corpuslint.rules.learn.LearningSettings;
import dev.corpuslint.rules.packs.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A resolved configuration: where it came from (empty for the built-in defaults, else the file and the
 * files it extends, nearest first) and its settings: rule selection, the front-matter schema, the user's own
 * rule packs (loaded and validated), and the boilerplate-learning thresholds.
 */
public record CorpusConfig(Optional<Path> source, FrontMatterSchema frontMatter, List<RulePack> packs, LearningSettings learning,
        RuleSelection selection, List<Path> chain) {
    public static final CorpusConfig DEFAULT = new CorpusConfig(Optional.empty(), FrontMatterSchema.DEFAULT, List.of(),
            LearningSettings.DEFAULT, RuleSelection.DEFAULT, List.of());

    public CorpusConfig(Optional<Path> source, FrontMatterSchema frontMatter) {
        this(source, frontMatter, List.of(), LearningSettings.DEFAULT, RuleSelection.DEFAULT, source.map(List::of).orElse(List.of()));
    }
}
