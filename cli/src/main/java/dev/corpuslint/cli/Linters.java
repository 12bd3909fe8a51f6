package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.ConfigLoader;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearnedIndexFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linter for each file: built from {@code --config} when given, else from the nearest
 * {@code .corpuslint.yaml}, with the learned-boilerplate index that governs the file (the nearest
 * {@code .corpuslint/boilerplate.tsv}, else what this run learned) and the file's per-file ignores; one
 * linter per distinct combination.
 */
final class Linters {
    private final ConfigLoader loader = new ConfigLoader();
    private final Path explicit;
    private final Map<CorpusConfig, Map<LearnedIndex, Map<List<String>, Linter>>> linters = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Path>> indexFileByDirectory = new ConcurrentHashMap<>();
    private final Map<Path, LearnedIndex> indexes = new ConcurrentHashMap<>();
    private volatile LearnedIndex learnedThisRun = LearnedIndex.EMPTY;

    Linters(Path explicitConfig) {
        this.explicit = explicitConfig;
    }

    /** @throws ConfigException when the configuration or the boilerplate index that governs {@code file} is broken */
    Linter forFile(Path file) throws ConfigException {
        CorpusConfig config = configFor(file);
        LearnedIndex index = config.learning().enabled() ? indexFor(file) : LearnedIndex.EMPTY;
        List<String> ignored = config.selection().ignoredFor(file);
        return linters.computeIfAbsent(config, c -> Collections.synchronizedMap(new IdentityHashMap<>()))
                .computeIfAbsent(index, i -> new ConcurrentHashMap<>())
                .computeIfAbsent(ignored, i -> BuiltInRules.linter(config, index, i));
    }

    CorpusConfig configFor(Path file) throws ConfigException {
        return explicit != null ? loader.load(explicit) : loader.forFile(file);
    }

    /** Fails fast on a broken --config, before any file is read. */
    void validateExplicit() throws ConfigException {
        if (explicit != null) {
            loader.load(explicit);
        }
    }

    /** The nearest persisted index above {@code file}, else the one learned during this run (possibly empty). */
    LearnedIndex indexFor(Path file) throws ConfigException {
        Optional<Path> indexFile = indexFileFor(file.toAbsolutePath().normalize().getParent());
        if (indexFile.isEmpty()) {
            return learnedThisRun;
        }
        LearnedIndex cached = indexes.get(indexFile.get());
        if (cached == null) {
            cached = LearnedIndexFile.read(indexFile.get());
            indexes.put(indexFile.get(), cached);
        }
        return cached;
    }

    private Optional<Path> indexFileFor(Path dir) {
        if (dir == null) {
            return Optional.empty();
        }
        Optional<Path> cached = indexFileByDirectory.get(dir);
        if (cached == null) {
            Path candidate = LearnedIndexFile.locationFor(dir);
            cached = Files.isRegularFile(candidate) ? Optional.of(candidate) : indexFileFor(dir.getParent());
            indexFileByDirectory.put(dir, cached);
        }
        return cached;
    }

    /**
     * Whether a directory check should learn boilerplate as it goes: a directory was given, no persisted
     * index governs it, and its configuration does not turn learning off.
     */
    boolean shouldLearn(List<String> arguments) {
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path) && indexFileFor(path.toAbsolutePath().normalize()).isEmpty()) {
                try {
                    if (configFor(path.resolve("_")).learning().enabled()) {
                        return true;
                    }
                } catch (ConfigException e) {
                    return false; // reported per file when linting
                }
            }
        }
        return false;
    }

    /**
     * Counts lines across {@code files} (a first pass over the corpus) and uses what was learned for files
     * that no persisted index governs. Unreadable and binary files are skipped here and reported when linted.
     */
    void learnFrom(List<FileCollector.Input> files, int threads, Path settingsFrom, ProgressBar progress) {
        BoilerplateLearner learner;
        try {
            learner = new BoilerplateLearner(configFor(settingsFrom.resolve("_")).learning(), Optional.empty());
        } catch (ConfigException e) {
            return; // reported per file when linting
        }
        learn(learner, files, threads, progress);
        learnedThisRun = learner.build();
    }

    /** Feeds every readable text file to {@code learner}. */
    static void learn(BoilerplateLearner learner, List<FileCollector.Input> files, int threads, ProgressBar progress) {
        OrderedRunner.run(files, threads, input -> {
            try {
                byte[] bytes = Files.readAllBytes(input.path());
                if (!FileProcessor.isBinary(bytes)) {
                    learner.add(CorpusDocument.fromBytes(input.display(), bytes));
                }
            } catch (IOException | OutOfMemoryError e) {
                // skipped: the lint pass reports it
            }
            return Boolean.TRUE;
        }, done -> {
            if (progress != null) {
                progress.advance();
            }
        });
    }
}
