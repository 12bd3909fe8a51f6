package dev.corpuslint.cli;

import dev.corpuslint.rules.engine.RuleFailure;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts over a run, for the final line and the exit code. */
final class Summary {
    int files;
    int skipped;
    int failed;
    int fixed;
    int filesChanged;
    int safeFixable;
    int unsafeFixable;
    final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    final List<RuleFailure> ruleFailures = new ArrayList<>();

    void add(FileOutcome outcome) {
        switch (outcome) {
            case FileOutcome.Linted linted -> {
                files++;
                fixed += linted.fixedCount();
                if (linted.fixedCount() > 0) {
                    filesChanged++;
                }
                for (Diagnostic d : linted.result().diagnostics()) {
                    bySeverity.merge(d.severity(), 1, Integer::sum);
                    Fix fix = d.fix();
                    if (fix != null && fix.isSafe()) {
                        safeFixable++;
                    } else if (fix != null) {
                        unsafeFixable++;
                    }
                }
                ruleFailures.addAll(linted.result().failures());
            }
            case FileOutcome.Skipped s -> skipped++;
            case FileOutcome.Failed f -> failed++;
        }
    }

    int findings() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** 2 when anything could not be done, else 1 when findings remain, else 0. */
    int exitCode() {
        return exitCode(Severity.INFO);
    }

    /** As {@link #exitCode()}, counting only findings of {@code failOn} or worse. */
    int exitCode(Severity failOn) {
        if (failed > 0 || !ruleFailures.isEmpty()) {
            return 2;
        }
        int counted = 0;
        for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
            if (e.getKey().ordinal() <= failOn.ordinal()) {
                counted += e.getValue();
            }
        }
        return counted > 0 ? 1 : 0;
    }
}
