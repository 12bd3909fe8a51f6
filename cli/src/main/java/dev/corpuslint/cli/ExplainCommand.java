package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.RuleDocs;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.packs.PackRule;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a rule's documentation (built-in rules, and the rules of the packs the configuration lists).")
public class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule code (DL001) or name (front-matter-not-at-start).")
    String rule;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Look in this configuration's packs too (default: the nearest .corpuslint.yaml above the working directory).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rule found = BuiltInRules.find(rule).orElse(null);
        if (found == null) {
            found = fromConfiguredPacks();
        }
        if (found == null) {
            spec.commandLine().getErr().println("corpuslint: unknown rule `" + rule + "`; `corpuslint rules` lists them");
            return 2;
        }
        String doc = found instanceof PackRule pack && RuleDocs.of(found.metadata().code()).isEmpty()
                ? pack.doc()
                : RuleDocs.of(found.metadata().code()).orElse(found.metadata().summary() + "\n");
        spec.commandLine().getOut().print(doc);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A rule of the user's packs: those of --config, else of the configuration that governs the working directory. */
    private Rule fromConfiguredPacks() {
        try {
            var resolved = new Linters(config).configFor(Path.of("").toAbsolutePath().resolve("_"));
            for (var pack : resolved.packs()) {
                for (Rule r : pack.rules()) {
                    if (r.metadata().code().equalsIgnoreCase(rule) || r.metadata().name().equals(rule)) {
                        return r;
                    }
                }
            }
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("corpuslint: configuration error: " + e.getMessage());
        }
        return null;
    }
}
