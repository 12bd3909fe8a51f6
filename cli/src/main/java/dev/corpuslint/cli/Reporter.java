package dev.corpuslint.cli;

import dev.corpuslint.rules.engine.RuleFailure;
import java.io.PrintWriter;

/** Renders outcomes as they arrive and the summary at the end. Translates; never decides. */
interface Reporter {
    void file(FileOutcome outcome);

    /**
     * What {@link #file(FileOutcome, Object)} is to print for {@code outcome}, worked out on the worker thread that
     * produced it, so that the thread that writes the report in order only writes; null when this reporter
     * works everything out in {@link #file}. Must not touch the reporter's state.
     */
    default Object render(FileOutcome outcome) {
        return null;
    }

    /** {@link #file(FileOutcome)}, with what {@link #render} returned for it. */
    default void file(FileOutcome outcome, Object rendered) {
        file(outcome);
    }

    void finish(Summary summary);

    /** Errors, skips and notes go to stderr in every format, so stdout stays parseable. */
    static void problems(FileOutcome outcome, PrintWriter err) {
        switch (outcome) {
            case FileOutcome.Failed f -> err.println("corpuslint: " + f.path() + ": error: " + f.message());
            case FileOutcome.Skipped s -> err.println("corpuslint: " + s.path() + ": skipped: " + s.reason());
            case FileOutcome.Linted l -> {
                if (l.note() != null) {
                    err.println("corpuslint: " + l.path() + ": " + l.note());
                }
                for (RuleFailure failure : l.result().failures()) {
                    err.println("corpuslint: " + l.path() + ": internal error: rule " + failure.ruleCode()
                            + " failed (" + failure.error() + "); its findings are missing for this file");
                }
            }
        }
        err.flush();
    }
}
