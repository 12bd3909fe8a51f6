package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.RuleDocs;
import dev.corpuslint.rules.engine.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Print a rule's documentation.")
public class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule code (DL001) or name (front-matter-not-at-start).")
    String rule;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rule found = BuiltInRules.find(rule).orElse(null);
        if (found == null) {
            spec.commandLine().getErr().println("corpuslint: unknown rule `" + rule + "`; `corpuslint rules` lists them");
            return 2;
        }
        String doc = RuleDocs.of(found.metadata().code()).orElse(found.metadata().summary() + "\n");
        spec.commandLine().getOut().print(doc);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
