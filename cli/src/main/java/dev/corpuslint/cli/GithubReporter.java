package dev.corpuslint.cli;

import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Severity;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice file=…,line=…::message} per finding,
 * which GitHub shows as annotations on the pull request's changed lines.
 */
final class GithubReporter implements Reporter {
    private final PrintWriter out;
    private final PrintWriter err;

    GithubReporter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void file(FileOutcome outcome) {
        Reporter.problems(outcome, err);
        if (outcome instanceof FileOutcome.Failed failed) {
            out.println("::error file=" + property(failed.path()) + ",title=corpuslint::" + data(failed.message()));
        }
        if (!(outcome instanceof FileOutcome.Linted linted)) {
            out.flush();
            return;
        }
        var lines = linted.result().document().lines();
        // One write per file, not a flush per finding (see TextReporter).
        StringBuilder block = new StringBuilder();
        for (Diagnostic d : linted.result().diagnostics()) {
            Positions p = Positions.of(lines, d.range());
            String level = d.severity() == Severity.ERROR ? "error" : d.severity() == Severity.WARNING ? "warning" : "notice";
            block.append("::" + level + " file=" + property(linted.path()) + ",line=" + p.line() + ",col=" + p.column()
                    + ",endLine=" + p.endLine() + ",endColumn=" + p.endColumn()
                    + ",title=" + property(d.rule().code() + " " + d.rule().name()) + "::" + data(d.message() + TextReporter.hint(d.fix())))
                    .append(System.lineSeparator());
        }
        out.print(block);
        out.flush();
    }

    @Override
    public void finish(Summary summary) {
        out.flush();
    }

    /** The escaping GitHub's runner applies to a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** ... and to a property value, where `:` and `,` separate too. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
