package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.boilerplate.LearnedBoilerplateLine;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.ConfigLoader;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.IndexLocator;
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
    /**
     * By identity, as {@link #fingerprints} is: the loader returns one instance per configuration file (and
     * one default), and a record's value hashCode would walk the whole configuration for every file (its
     * first call also generates method-handle classes at start-up).
     */
    private final Map<CorpusConfig, Map<LearnedIndex, Map<List<String>, Linter>>> linters = Collections.synchronizedMap(new IdentityHashMap<>());
    private final IndexLocator indexes = new IndexLocator();
    private volatile LearnedIndex learnedThisRun = LearnedIndex.EMPTY;
    private volatile ResultCache cache;
    private final Map<Object, String> fingerprints = new ConcurrentHashMap<>();
    private final Map<LearnedIndex, String> indexFingerprints = Collections.synchronizedMap(new IdentityHashMap<>());

    Linters(Path explicitConfig) {
        this.explicit = explicitConfig;
    }

    /** @throws ConfigException when the configuration or the boilerplate index that governs {@code file} is broken */
    Linter forFile(Path file) throws ConfigException {
        Path dir = file.getParent();
        LearnedIndex learned = learnedThisRun;
        DirectoryLinter known = dir == null ? null : byDirectory.get(dir);
        if (known != null && known.learned() == learned) {
            return known.linter();
        }
        Linter inherited = dir == null ? null : inherited(dir, learned);
        if (inherited != null) {
            return inherited;
        }
        CorpusConfig config = configFor(file);
        LearnedIndex index = config.learning().enabled() ? indexFor(file) : LearnedIndex.EMPTY;
        List<String> ignored = config.selection().ignoredFor(file);
        Linter linter = linters.computeIfAbsent(config, c -> Collections.synchronizedMap(new IdentityHashMap<>()))
                .computeIfAbsent(index, i -> new ConcurrentHashMap<>())
                .computeIfAbsent(ignored, i -> BuiltInRules.linter(config, index, i));
        if (dir != null && config.selection().perFileIgnores().isEmpty()) {
            byDirectory.put(dir, new DirectoryLinter(learned, linter));
        }
        return linter;
    }

    /**
     * The linter of the files in a directory, as the walk names it, while the index this run learned is
     * {@code learned}. Without per-file ignores a file's linter depends only on its directory, and working
     * it out again (two absolute, normalised paths and three lookups) was 2 % of a corpus check, twice a file.
     */
    private record DirectoryLinter(LearnedIndex learned, Linter linter) {}

    private final Map<Path, DirectoryLinter> byDirectory = new ConcurrentHashMap<>();

    /** The directories the walk listed without a configuration file or an index directory of their own. */
    private final java.util.Set<Path> withoutSettings = ConcurrentHashMap.newKeySet();

    /** Told by the walk ({@link FileCollector#collect}): {@code dir} holds no settings of its own. */
    void withoutSettings(Path dir) {
        withoutSettings.add(dir);
    }

    /**
     * The linter of a directory the walk listed without settings of its own: its parent's, as the parent's
     * configuration and index govern it, found the same way up to a directory with settings or one the walk did
     * not list; null when that takes the usual look-up (or per-file ignores make each file's linter its own).
     * Working it out for each of a corpus's directories was two normalised paths and two file-system calls
     * apiece: about 0.7 % of a corpus check, in 2,360 directories.
     */
    private Linter inherited(Path dir, LearnedIndex learned) throws ConfigException {
        Path parent = dir.getParent();
        if (parent == null || !withoutSettings.contains(dir)) {
            return null;
        }
        DirectoryLinter above = byDirectory.get(parent);
        Linter linter = above != null && above.learned() == learned ? above.linter() : inherited(parent, learned);
        if (linter == null) {
            linter = ownLinter(parent);
        }
        if (linter != null) {
            byDirectory.put(dir, new DirectoryLinter(learned, linter));
        }
        return linter;
    }

    /**
     * The linter of {@code dir}'s files by the usual look-up ({@link #forFile} keeps it for the directory); null
     * under per-file ignores, where a file's linter is its own.
     */
    private Linter ownLinter(Path dir) throws ConfigException {
        Path file = dir.resolve("_");
        return configFor(file).selection().perFileIgnores().isEmpty() ? forFile(file) : null;
    }

    /** The boilerplate index that governs {@code dir}: its persisted index, else what this run learned. */
    LearnedIndex learnedForReport(Path dir) {
        try {
            return indexFor(dir.resolve("_"));
        } catch (ConfigException e) {
            return learnedThisRun;
        }
    }

    /** Cached results for this run (check), or null. */
    void useCache(ResultCache cache) {
        this.cache = cache;
    }

    ResultCache cache() {
        return cache;
    }

    /**
     * What decides the findings for {@code file} besides its content: this build, the configuration files
     * and packs, the boilerplate index and the file's per-file ignores, as one hash.
     */
    String fingerprint(Path file) throws ConfigException {
        CorpusConfig config = configFor(file);
        LearnedIndex index = config.learning().enabled() ? indexFor(file) : LearnedIndex.EMPTY;
        List<String> ignored = config.selection().ignoredFor(file);
        List<Object> key = List.of(System.identityHashCode(config), System.identityHashCode(index), ignored);
        String cached = fingerprints.get(key);
        if (cached == null) {
            List<String> parts = new java.util.ArrayList<>();
            parts.add(CorpuslintCommand.build());
            config.chain().forEach(p -> parts.add(p + "=" + contentHash(p)));
            config.packs().forEach(p -> parts.add(p.origin() + "=" + contentHash(Path.of(p.origin()))));
            parts.add("index=" + indexFingerprint(index));
            parts.add("ignored=" + String.join(",", ignored));
            cached = ResultCache.sha256(parts.toArray(String[]::new));
            fingerprints.put(key, cached);
        }
        return cached;
    }

    private static String contentHash(Path file) {
        try {
            return ResultCache.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private String indexFingerprint(LearnedIndex index) {
        if (index.isEmpty()) {
            return "none";
        }
        return indexFingerprints.computeIfAbsent(index, i -> {
            List<String> parts = new java.util.ArrayList<>();
            i.root().ifPresent(r -> parts.add(r.toString()));
            for (LearnedIndex.Line line : i.all()) {
                parts.add(line.source() + "\t" + line.key() + "\t" + line.documents() + "\t" + i.sourceDocuments(line.source()));
            }
            return ResultCache.sha256(parts.toArray(String[]::new));
        });
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
        return indexes.forFile(file).orElse(learnedThisRun);
    }

    /**
     * Whether a directory check should learn boilerplate as it goes: a directory was given, no persisted
     * index governs it, its configuration does not turn learning off, and some file's configuration runs
     * BP004, the only rule the learned index feeds. Without that last test a check with BP004 ignored, or a
     * selection without it, read every file's candidate lines for nothing: more than a quarter of a corpus
     * check that selects a single rule. The report, which shows the learned lines whatever rules run, asks with {@code forRule}
     * false.
     */
    boolean shouldLearn(List<String> arguments, List<FileCollector.Input> files, boolean forRule) {
        boolean enabled = false;
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path) && indexes.fileFor(path.toAbsolutePath().normalize()).isEmpty()) {
                try {
                    if (configFor(path.resolve("_")).learning().enabled()) {
                        enabled = true;
                        break;
                    }
                } catch (ConfigException e) {
                    return false; // reported per file when linting
                }
            }
        }
        if (!enabled || !forRule) {
            return enabled;
        }
        // Files come sorted, so a directory's files are together and its configuration is asked once.
        Path directory = null;
        for (FileCollector.Input input : files) {
            Path file = input.path();
            if (directory != null && directory.equals(file.getParent())) {
                continue;
            }
            directory = file.getParent();
            try {
                if (configFor(file).selection().runs(LearnedBoilerplateLine.METADATA)) {
                    return true;
                }
            } catch (ConfigException e) {
                // reported per file when linting
            }
        }
        return false;
    }

    /**
     * Counts lines across {@code files} (a first pass over the corpus) and uses what was learned for files
     * that no persisted index governs. Unreadable and binary files are skipped here and reported when linted.
     */
    void learnFrom(List<FileCollector.Input> files, int threads, Path settingsFrom, ProgressBar progress) {
        Learning learning = startLearning(files, settingsFrom);
        if (learning != null) {
            learn(learning.learner(), files, threads, progress);
            finishLearning(learning);
        }
    }

    /** A learner for this run, and where the cache keeps what it learns (null without a cache). */
    record Learning(BoilerplateLearner learner, Path stored) {}

    /**
     * The learning this run needs before files that no persisted index governs can be checked: null when
     * there is none, because the cache held the index learned from exactly these files (now in use) or the
     * configuration is broken (reported per file when linting).
     */
    Learning startLearning(List<FileCollector.Input> files, Path settingsFrom) {
        BoilerplateLearner learner;
        String settings;
        try {
            var learning = configFor(settingsFrom.resolve("_")).learning();
            learner = new BoilerplateLearner(learning, Optional.empty());
            settings = learning.toString();
        } catch (ConfigException e) {
            return null;
        }
        Path stored = cache == null ? null : cache.learnedIndexFile(files, settings);
        if (stored != null && Files.isRegularFile(stored)) {
            try {
                learnedThisRun = LearnedIndexFile.read(stored, Optional.empty());
                return null;
            } catch (ConfigException e) {
                // a damaged cached index is learned again
            }
        }
        return new Learning(learner, stored);
    }

    /** Builds what {@code learning} counted and uses it from now on (and keeps it in the cache). */
    void finishLearning(Learning learning) {
        learnedThisRun = learning.learner().build();
        if (learning.stored() != null) {
            cache.storeLearnedIndex(learnedThisRun, learning.stored());
        }
    }

    /** Feeds every readable text file to {@code learner}. */
    static void learn(BoilerplateLearner learner, List<FileCollector.Input> files, int threads, ProgressBar progress) {
        OrderedRunner.run(files, threads, input -> {
            try {
                CorpusDocument document = CorpusDocument.fromOwnBytesUnlessBinary(input.display(), Files.readAllBytes(input.path()));
                if (document != null) {
                    learner.add(document);
                }
            } catch (IOException | OutOfMemoryError | RuntimeException | StackOverflowError e) {
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
