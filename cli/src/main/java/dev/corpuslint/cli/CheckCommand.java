package dev.corpuslint.cli;

import dev.corpuslint.rules.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report defects in corpus files. Exit code 0: none, 1: findings, 2: errors.")
public class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputOptions input = new InputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The check, reporting to {@code out} and {@code err}: what picocli runs, and {@link DirectCheck} without it. */
    int run(PrintWriter out, PrintWriter err) {
        FileProcessor processor;
        Linters linters;
        try {
            linters = input.linters();
            if (!input.noCache) {
                linters.useCache(new ResultCache(input.cacheDir));
            }
            processor = new FileProcessor(linters, input.maxBytes());
        } catch (ConfigException e) {
            err.println("corpuslint: configuration error: " + e.getMessage());
            err.flush();
            return 2;
        }
        PrintWriter reportTo = input.reportWriterOrNull(out, err);
        if (reportTo == null) {
            return 2;
        }
        Reporter reporter = input.reporter(reportTo, err, false);
        Summary summary = new Summary();
        if (input.readsStdin()) {
            FileOutcome outcome;
            try {
                outcome = processor.checkBytes(input.stdinPath(), input.stdinDisplay(), System.in.readAllBytes());
            } catch (IOException e) {
                outcome = new FileOutcome.Failed(input.stdinDisplay(), "cannot read standard input: " + e.getMessage());
            }
            summary.add(outcome);
            reporter.file(outcome);
        }
        input.checkEachFile(processor, summary, reporter, linters, err);
        reporter.finish(summary);
        if (linters.cache() != null) {
            if (input.verbose) {
                err.println("corpuslint: cache: " + linters.cache().describe());
            }
            try {
                linters.cache().save();
            } catch (IOException e) {
                err.println("corpuslint: warning: cannot write the cache in " + input.cacheDir + ": " + FileCollector.describe(e));
            }
        }
        if (reportTo != out) {
            reportTo.close();
        }
        if ((input.format != OutputFormat.text || input.outputFile != null) && !input.statistics && !input.quiet) {
            err.println(TextReporter.summaryLine(summary, false));
            err.flush();
        }
        return summary.exitCode(input.failOn());
    }
}
