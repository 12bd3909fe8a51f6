package dev.corpuslint.lsp;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.ConfigLoader;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.config.RuleSelection;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.IndexLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linter for each document, as the CLI builds it: the nearest `.corpuslint.yaml` (and the files it
 * extends), the nearest persisted boilerplate index, the file's per-file ignores, then the client's
 * settings on top (`enable`, `select`, `ignore`, extra `packs`). Everything is cached and dropped as a whole when a
 * configuration, pack or index file changes.
 */
final class Analysis {
    private volatile ConfigLoader loader = new ConfigLoader();
    private volatile IndexLocator indexes = new IndexLocator();
    private final Map<List<Object>, Linter> linters = new ConcurrentHashMap<>();
    private volatile ClientSettings settings = ClientSettings.DEFAULT;
    /** Rules added to every linter: how tests put a failing rule in front of the server's isolation. */
    private volatile List<Rule> extraRules = List.of();

    void addRules(List<Rule> rules) {
        extraRules = List.copyOf(rules);
        linters.clear();
    }

    /** What the client configured (initializationOptions or workspace/didChangeConfiguration, section corpuslint). */
    record ClientSettings(boolean enabled, List<String> select, List<String> ignore, List<String> packs) {
        static final ClientSettings DEFAULT = new ClientSettings(true, List.of(), List.of(), List.of());
    }

    /** The client's extra packs (absolute paths), loaded when the settings arrive; a broken one is reported, not used. */
    private volatile List<Rule> clientPackRules = List.of();

    /** @return problems loading the client's packs, for the log */
    List<String> settings(ClientSettings settings) {
        this.settings = settings;
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Map<String, String> taken = BuiltInRules.takenIds();
        for (String pack : settings.packs()) {
            try {
                Path file = Path.of(pack);
                rules.addAll(dev.corpuslint.rules.packs.PackLoader.load(file.toString(), Files.readString(file), false, taken).rules());
            } catch (ConfigException e) {
                problems.add(e.getMessage());
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(pack + ": cannot read the rule pack: " + e.getMessage());
            }
        }
        clientPackRules = List.copyOf(rules);
        linters.clear();
        return problems;
    }

    ClientSettings settings() {
        return settings;
    }

    /** Configuration, packs or index changed on disk: read everything again on next use. */
    void reload() {
        loader = new ConfigLoader();
        indexes = new IndexLocator();
        linters.clear();
    }

    /** The linter for a document at {@code file} (a made-up path for an untitled document). */
    Linter linterFor(Path file) throws ConfigException {
        CorpusConfig config = loader.forFile(file);
        LearnedIndex index = config.learning().enabled() ? indexFor(file) : LearnedIndex.EMPTY;
        List<String> ignored = config.selection().ignoredFor(file);
        ClientSettings client = settings;
        List<Object> key = List.of(System.identityHashCode(config), System.identityHashCode(index), ignored, client);
        Linter cached = linters.get(key);
        if (cached != null) {
            return cached;
        }
        Linter base = BuiltInRules.linter(config, index, ignored);
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : base.rules()) {
            boolean selected = client.select().isEmpty() || client.select().stream().anyMatch(s -> RuleSelection.matches(s, rule.metadata()));
            boolean ignoredByClient = client.ignore().stream().anyMatch(s -> RuleSelection.matches(s, rule.metadata()));
            if (selected && !ignoredByClient) {
                rules.add(rule);
            }
        }
        rules.addAll(clientPackRules);
        rules.addAll(extraRules);
        Linter linter = new Linter(rules, config.selection().severities(base.rules()));
        linters.put(key, linter);
        return linter;
    }

    private LearnedIndex indexFor(Path file) throws ConfigException {
        return indexes.forFile(file).orElse(LearnedIndex.EMPTY);
    }
}
