package dev.corpuslint.cli;

import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.files.CorpusFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Check a corpus and write a corpus health report: one self-contained HTML page with charts and tables.",
            "Exit code 0: written, 2: error."
        })
public class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The corpus directory (recursive).")
    Path directory;

    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Where to write the HTML page.")
    Path html;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of the nearest .corpuslint.yaml.")
    Path config;

    @Option(names = "--exclude", paramLabel = "PATTERN", description = "Leave out matching files (.gitignore syntax); repeatable.")
    List<String> exclude = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Files checked in parallel (default: the number of processors).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return report(err);
        } finally {
            err.flush();
        }
    }

    private int report(PrintWriter err) {
        if (!Files.isDirectory(directory)) {
            err.println("corpuslint: " + directory + ": not a directory");
            return 2;
        }
        InputOptions input = new InputOptions();
        input.paths = List.of(directory.toString());
        input.config = config;
        input.exclude = exclude;
        input.threads = threads;
        input.quiet = false;
        Linters linters;
        try {
            linters = input.linters();
        } catch (ConfigException e) {
            err.println("corpuslint: configuration error: " + e.getMessage());
            return 2;
        }
        // The report reads each file's sources from its front matter, so held results keep their texts.
        FileProcessor processor = new FileProcessor(linters, FileProcessor.DEFAULT_MAX_BYTES, true);
        Path target = html.toAbsolutePath().normalize();
        HealthReport report = new HealthReport(directory, target.getParent());
        Summary summary = new Summary();
        input.checkEachFileLearningAnyway(processor, summary, report, linters, err);
        report.learned(linters.learnedForReport(directory));
        String page = report.render(summary, CorpuslintCommand.version(), ZonedDateTime.now());
        try {
            Files.createDirectories(target.getParent());
            CorpusFiles.writeAtomically(target, page);
        } catch (IOException e) {
            err.println("corpuslint: " + html + ": cannot write: " + FileCollector.describe(e));
            return 2;
        }
        err.println(TextReporter.summaryLine(summary, false));
        err.println("Wrote " + html + ".");
        return summary.failed > 0 ? 2 : 0;
    }
}
