package dev.corpuslint.cli;

import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.RuleMetadata;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** `--statistics`: a count per rule instead of the findings, most frequent first, then the summary line. */
final class StatisticsReporter implements Reporter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean fixMode;
    private final boolean quiet;

    private static final class Count {
        RuleMetadata rule;
        int findings;
        int safe;
        int unsafe;
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();

    StatisticsReporter(PrintWriter out, PrintWriter err, boolean fixMode, boolean quiet) {
        this.out = out;
        this.err = err;
        this.fixMode = fixMode;
        this.quiet = quiet;
    }

    @Override
    public void file(FileOutcome outcome) {
        Reporter.problems(outcome, err);
        if (outcome instanceof FileOutcome.Linted linted) {
            for (Diagnostic d : linted.result().diagnostics()) {
                Count c = counts.computeIfAbsent(d.rule().code(), k -> new Count());
                c.rule = d.rule();
                c.findings++;
                if (d.fix() != null && d.fix().isSafe()) {
                    c.safe++;
                } else if (d.fix() != null) {
                    c.unsafe++;
                }
            }
        }
    }

    @Override
    public void finish(Summary summary) {
        int width = Math.max(5, counts.values().stream().mapToInt(c -> Integer.toString(c.findings).length()).max().orElse(1));
        counts.values().stream()
                .sorted(Comparator.comparingInt((Count c) -> -c.findings).thenComparing(c -> c.rule.code()))
                .forEach(c -> out.println(String.format("%" + width + "d  %s  %-34s %s", c.findings, c.rule.code(), c.rule.name(),
                        c.safe > 0 ? "[" + c.safe + " safe fix" + (c.safe == 1 ? "" : "es") + "]"
                                : c.unsafe > 0 ? "[" + c.unsafe + " unsafe fix" + (c.unsafe == 1 ? "" : "es") + "]" : "").stripTrailing()));
        if (!quiet) {
            out.println(TextReporter.summaryLine(summary, fixMode));
        }
        out.flush();
    }
}
