package dev.corpuslint.cli;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.RuleMetadata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule with its family, severity and fix.")
public class RulesCommand implements Callable<Integer> {
    enum Format { text, markdown }

    @Option(names = "--format", defaultValue = "text", description = "text or markdown (the README's rule table).")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.markdown ? markdownTable() : textTable());
        out.flush();
        return 0;
    }

    static String textTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-6s %-28s %-13s %-8s %-14s %s%n", "CODE", "NAME", "FAMILY", "SEVERITY", "FIX", "SUMMARY"));
        for (Rule rule : BuiltInRules.ALL) {
            RuleMetadata m = rule.metadata();
            out.append(String.format("%-6s %-28s %-13s %-8s %-14s %s%n", m.code(), m.name(), m.family().label(),
                    m.defaultSeverity().label(), fix(m), m.summary()));
        }
        return out.toString();
    }

    static String markdownTable() {
        StringBuilder out = new StringBuilder();
        out.append("| Code | Name | Family | Severity | Fix | Summary |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Rule rule : BuiltInRules.ALL) {
            RuleMetadata m = rule.metadata();
            out.append("| ").append(m.code()).append(" | `").append(m.name()).append("` | ").append(m.family().label())
                    .append(" | ").append(m.defaultSeverity().label()).append(" | ").append(fix(m)).append(" | ")
                    .append(m.summary().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static String fix(RuleMetadata m) {
        return switch (m.fixAvailability()) {
            case NONE -> "none";
            case ALWAYS -> m.fixSafety().label();
            case SOMETIMES -> m.fixSafety().label() + " (some)";
        };
    }
}
