package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.config.CorpusConfig;
import dev.corpuslint.rules.config.FrontMatterSchema;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearningSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the configuration that applies to a file, resolved (as YAML). Exit code 0, or 2 on a configuration error.")
public class ConfigCommand implements Callable<Integer> {
    @Option(names = "--show", paramLabel = "FILE", required = true, description = "The file whose configuration to show.")
    Path file;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of the nearest .corpuslint.yaml.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Linters linters = new Linters(config);
        CorpusConfig resolved;
        LearnedIndex index;
        try {
            linters.validateExplicit();
            resolved = linters.configFor(file);
            index = resolved.learning().enabled() ? linters.indexFor(file) : LearnedIndex.EMPTY;
        } catch (ConfigException e) {
            err.println("corpuslint: configuration error: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<String> ignoredHere = resolved.selection().ignoredFor(file);
        Linter linter = BuiltInRules.linter(resolved, index, ignoredHere);
        FrontMatterSchema fm = resolved.frontMatter();
        LearningSettings learning = resolved.learning();
        out.println("# the configuration of " + file);
        out.println("sources: " + list(resolved.chain().stream().map(Path::toString).toList()));
        out.println("select: " + list(resolved.selection().select()));
        out.println("ignore: " + list(resolved.selection().ignore()));
        out.println("severity: {" + resolved.selection().severity().entrySet().stream()
                .map(e -> quote(e.getKey()) + ": " + e.getValue().label()).sorted().collect(Collectors.joining(", ")) + "}");
        out.println("per-file-ignores:" + (resolved.selection().perFileIgnores().isEmpty() ? " {}" : ""));
        resolved.selection().perFileIgnores().forEach(p -> out.println("  " + quote(p.glob()) + ": " + list(p.selectors())));
        out.println("ignored-for-this-file: " + list(ignoredHere));
        out.println("front-matter:");
        out.println("  required: " + list(fm.required()));
        out.println("  recommended: " + list(fm.recommended()));
        out.println("  types: {" + fm.types().entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ")) + "}");
        out.println("  allow-unknown-keys: " + fm.allowUnknownKeys());
        out.println("  known-keys: " + list(fm.knownKeys()));
        out.println("  time-zone: " + fm.timeZone().map(z -> quote(z.getId())).orElse("null"));
        out.println("packs: " + list(resolved.packs().stream().map(p -> p.origin()).toList()));
        out.println("learning: {enabled: " + learning.enabled() + ", min-documents: " + learning.minDocuments()
                + ", min-share: " + learning.minShare() + ", min-length: " + learning.minLength() + ", max-length: " + learning.maxLength() + "}");
        out.println("boilerplate-index: " + index.root().map(r -> quote(r.resolve(".corpuslint/boilerplate.tsv").toString()))
                .orElse(index.isEmpty() ? "null" : quote("learned during the run")));
        Map<String, dev.corpuslint.rules.model.Severity> severities = resolved.selection().severities(linter.rules());
        out.println("rules:  # " + linter.rules().size() + " enabled");
        for (Rule rule : linter.rules()) {
            var severity = severities.getOrDefault(rule.metadata().code(), rule.metadata().defaultSeverity());
            out.println("  " + rule.metadata().code() + ": {name: " + rule.metadata().name() + ", severity: " + severity.label() + "}");
        }
        out.flush();
        return 0;
    }

    private static String list(List<String> items) {
        return items.stream().map(ConfigCommand::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML single-quoted scalar. */
    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
