package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.ConfigLoader;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.engine.Linter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linter for each file: built from {@code --config} when given, else from the nearest
 * {@code .corpuslint.yaml}, one linter per distinct configuration.
 */
final class Linters {
    private final ConfigLoader loader = new ConfigLoader();
    private final Path explicit;
    private final Map<CorpusConfig, Linter> linters = new ConcurrentHashMap<>();

    Linters(Path explicitConfig) {
        this.explicit = explicitConfig;
    }

    /** @throws ConfigException when the configuration that governs {@code file} is broken */
    Linter forFile(Path file) throws ConfigException {
        CorpusConfig config = explicit != null ? loader.load(explicit) : loader.forFile(file);
        return linters.computeIfAbsent(config, c -> new Linter(BuiltInRules.configured(c)));
    }

    /** Fails fast on a broken --config, before any file is read. */
    void validateExplicit() throws ConfigException {
        if (explicit != null) {
            loader.load(explicit);
        }
    }
}
