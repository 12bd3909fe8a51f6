package dev.corpuslint.cli;

import java.io.PrintWriter;

/** For {@code fix --diff}: the unified diff of each file that would change. */
final class DiffReporter implements Reporter {
    private final PrintWriter out;
    private final PrintWriter err;

    DiffReporter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void file(FileOutcome outcome) {
        Reporter.problems(outcome, err);
        if (outcome instanceof FileOutcome.Linted linted && linted.diff() != null) {
            out.print(linted.diff());
            out.flush();
        }
    }

    @Override
    public void finish(Summary summary) {
        out.flush();
    }

    static String summaryLine(Summary s) {
        return s.fixed == 0
                ? "Nothing to fix in " + s.files + (s.files == 1 ? " file." : " files.")
                : "Would fix " + s.fixed + (s.fixed == 1 ? " finding" : " findings") + " in " + s.filesChanged
                        + (s.filesChanged == 1 ? " file." : " files.");
    }
}
