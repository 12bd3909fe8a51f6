package dev.corpuslint.cli;

import dev.corpuslint.rules.config.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply fixes in place (safe fixes only unless --unsafe-fixes), then report what is left.",
            "Files are replaced atomically; a file that changed on disk meanwhile is left alone."})
public class FixCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--unsafe-fixes", description = "Also apply fixes that may change meaning or delete text.")
    boolean unsafeFixes;

    @Option(names = "--diff", description = "Print a unified diff of the changes instead of writing them; exit 1 if there are any.")
    boolean diff;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where `fix -` writes the fixed bytes: raw bytes, since a legacy-charset input is written back as it was. */
    OutputStream stdout = System.out;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileProcessor processor;
        Linters linters;
        try {
            linters = input.linters();
            processor = new FileProcessor(linters, input.maxBytes());
        } catch (ConfigException e) {
            err.println("corpuslint: configuration error: " + e.getMessage());
            err.flush();
            return 2;
        }
        Summary summary = new Summary();
        // With `fix -`, stdout carries the fixed text, so findings and the summary go to stderr.
        PrintWriter reportTo = input.readsStdin() && !diff ? err : out;
        if (input.outputFile != null && !diff) {
            reportTo = input.reportWriterOrNull(out, err);
            if (reportTo == null) {
                return 2;
            }
        }
        Reporter reporter = diff ? new DiffReporter(out, err) : input.reporter(reportTo, err, true);
        if (input.readsStdin()) {
            fixStdin(processor, summary, reporter, out);
        }
        input.forEachFile(file -> processor.fix(file, unsafeFixes, !diff), summary, reporter, linters, err);
        reporter.finish(summary);
        if (reportTo != out && reportTo != err) {
            reportTo.close();
        }
        if ((diff || input.format != OutputFormat.text || input.outputFile != null) && !input.statistics && !input.quiet) {
            err.println(diff ? DiffReporter.summaryLine(summary) : TextReporter.summaryLine(summary, true));
            err.flush();
        }
        if (diff && summary.exitCode() != 2) {
            return summary.fixed > 0 ? 1 : 0;
        }
        return summary.exitCode(input.failOn());
    }

    /** Standard input in, fixed text out (as editors' format-on-save expects); findings go to stderr. */
    private void fixStdin(FileProcessor processor, Summary summary, Reporter reporter, PrintWriter out) {
        byte[] bytes;
        try {
            bytes = System.in.readAllBytes();
        } catch (IOException e) {
            FileOutcome failed = new FileOutcome.Failed(input.stdinDisplay(), "cannot read standard input: " + e.getMessage());
            summary.add(failed);
            reporter.file(failed);
            return;
        }
        FileProcessor.Fixed fixed = processor.fixBytes(input.stdinPath(), input.stdinDisplay(), bytes, unsafeFixes);
        FileOutcome outcome = fixed.outcome();
        if (diff && outcome instanceof FileOutcome.Linted linted && fixed.newBytes() != null) {
            outcome = FileProcessor.withDiff(linted, fixed.oldText(), fixed.newText());
        }
        summary.add(outcome);
        reporter.file(outcome);
        if (diff) {
            return;
        }
        try {
            stdout.write(fixed.newBytes() != null ? fixed.newBytes() : bytes);
            stdout.flush();
        } catch (IOException e) {
            spec.commandLine().getErr().println("corpuslint: cannot write standard output: " + e.getMessage());
        }
    }
}
