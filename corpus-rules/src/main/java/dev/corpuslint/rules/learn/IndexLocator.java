package dev.corpuslint.rules.learn;

import dev.corpuslint.rules.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The persisted boilerplate index that governs a file: the nearest {@code .corpuslint/boilerplate.tsv} in
 * its directory or above, read once. Shared by the CLI and the language server so they find the same one.
 */
public final class IndexLocator {
    private final Map<Path, Optional<Path>> byDirectory = new ConcurrentHashMap<>();
    private final Map<Path, LearnedIndex> indexes = new ConcurrentHashMap<>();

    /** The index governing {@code file}, if there is one. */
    public Optional<LearnedIndex> forFile(Path file) throws ConfigException {
        Optional<Path> indexFile = fileFor(file.toAbsolutePath().normalize().getParent());
        if (indexFile.isEmpty()) {
            return Optional.empty();
        }
        LearnedIndex cached = indexes.get(indexFile.get());
        if (cached == null) {
            cached = LearnedIndexFile.read(indexFile.get());
            indexes.put(indexFile.get(), cached);
        }
        return Optional.of(cached);
    }

    /** The index file for {@code dir}: its own, or the nearest above it. */
    public Optional<Path> fileFor(Path dir) {
        if (dir == null) {
            return Optional.empty();
        }
        Optional<Path> cached = byDirectory.get(dir);
        if (cached == null) {
            Path candidate = LearnedIndexFile.locationFor(dir);
            cached = Files.isRegularFile(candidate) ? Optional.of(candidate) : fileFor(dir.getParent());
            byDirectory.put(dir, cached);
        }
        return cached;
    }
}
