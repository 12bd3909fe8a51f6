package dev.corpuslint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by check and fix: what to read and how to report. */
final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories (recursive); `-` reads standard input. Default: the current directory.")
    List<String> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--output-file", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path outputFile;

    @Option(names = "--statistics", description = "Print the number of findings per rule instead of the findings.")
    boolean statistics;

    @Option(names = {"-q", "--quiet"}, description = "Print the findings only: no summary line, no progress bar.")
    boolean quiet;

    enum FailOn { error, warning, info }

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "info",
            description = "Exit 1 only for findings of this severity or worse: ${COMPLETION-CANDIDATES} (default: any finding).")
    FailOn failOn = FailOn.info;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    String color = "auto";

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The file name to report (and to guess the file type from) when reading standard input.")
    String stdinFilename;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every file instead of the nearest .corpuslint.yaml.")
    Path config;

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out files and directories matching PATTERN (.gitignore syntax, relative to the working directory); repeatable.")
    List<String> exclude = List.of();

    @Option(names = "--force-exclude",
            description = "Apply --exclude, .gitignore and .corpuslintignore to files named on the command line too (for pre-commit hooks).")
    boolean forceExclude;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "64",
            description = "Skip files larger than this many megabytes, with a note (default: ${DEFAULT-VALUE}).")
    long maxFileSizeMb = 64;

    long maxBytes() {
        return Math.max(1, maxFileSizeMb) * 1024 * 1024;
    }

    @Option(names = {"-v", "--verbose"}, description = "Also print what the run did: the cache's hits, boilerplate learning.")
    boolean verbose;

    @Option(names = "--no-cache", description = "Lint every file, and neither read nor write the result cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".corpuslint/cache",
            description = "Where check keeps results of unchanged files (default: ${DEFAULT-VALUE} in the working directory).")
    Path cacheDir = Path.of(".corpuslint/cache");

    @Option(names = "--threads", paramLabel = "N",
            description = "Files checked in parallel (default: the number of processors).")
    Integer threads;

    /** The paths to read from disk: those given (without `-`), or `.` when none at all were given. */
    List<String> filePaths() {
        return paths.isEmpty() ? List.of(".") : paths.stream().filter(p -> !p.equals("-")).toList();
    }

    /** The least severe finding that makes the exit code 1. */
    dev.corpuslint.rules.model.Severity failOn() {
        return switch (failOn) {
            case error -> dev.corpuslint.rules.model.Severity.ERROR;
            case warning -> dev.corpuslint.rules.model.Severity.WARNING;
            case info -> dev.corpuslint.rules.model.Severity.INFO;
        };
    }

    FileSelection selection() {
        return new FileSelection(exclude, forceExclude);
    }

    /**
     * Runs {@code work} over every file under {@link #filePaths()} in parallel, recording each outcome (and
     * each path that could not be walked) in input order. When {@code linters} is given and a directory is
     * checked without a persisted boilerplate index, a first pass learns the corpus's repeated lines.
     */
    void forEachFile(java.util.function.Function<FileCollector.Input, FileOutcome> work, Summary summary, Reporter reporter,
            Linters linters, PrintWriter err) {
        eachFile(work, null, false, summary, reporter, linters, err);
    }

    /**
     * {@link #forEachFile} with {@code processor}'s check, reading each file once when it also learns: see
     * {@link LearningCheck}.
     */
    void checkEachFile(FileProcessor processor, Summary summary, Reporter reporter, Linters linters, PrintWriter err) {
        eachFile(processor::check, processor, false, summary, reporter, linters, err);
    }

    /** {@link #checkEachFile} that learns even where no file's configuration runs BP004: the report shows the learned lines. */
    void checkEachFileLearningAnyway(FileProcessor processor, Summary summary, Reporter reporter, Linters linters, PrintWriter err) {
        eachFile(processor::check, processor, true, summary, reporter, linters, err);
    }

    private void eachFile(java.util.function.Function<FileCollector.Input, FileOutcome> work, FileProcessor checking,
            boolean learnAnyway, Summary summary, Reporter reporter, Linters linters, PrintWriter err) {
        List<FileCollector.Input> files = FileCollector.collect(filePaths(), selection(), outcome -> {
            summary.add(outcome);
            reporter.file(outcome);
        }, linters::withoutSettings);
        boolean showProgress = !quiet && files.size() > 1 && Terminal.stderr();
        java.util.Set<String> configErrors = new java.util.HashSet<>();
        ProgressBar[] progress = {null};
        // Worked out on the worker that produced the outcome; written in input order here.
        java.util.function.Function<FileOutcome, Ready> render = outcome -> new Ready(outcome, reporter.render(outcome));
        java.util.function.Consumer<Ready> report = ready -> {
            if (progress[0] != null) {
                progress[0].clear();
            }
            FileOutcome outcome = ready.outcome();
            // A broken configuration governs many files: its message in full once, then a pointer to it.
            if (outcome instanceof FileOutcome.Failed failed && failed.message().startsWith("configuration error: ")
                    && !configErrors.add(failed.message())) {
                outcome = new FileOutcome.Failed(failed.path(), "not checked: the configuration error above applies to it");
            }
            summary.add(outcome);
            reporter.file(outcome, ready.rendered());
            if (progress[0] != null) {
                progress[0].advance();
            }
        };
        if (linters != null && files.size() > 1 && linters.shouldLearn(filePaths(), files, !learnAnyway)) {
            Path settingsFrom = Path.of(filePaths().get(0));
            if (checking != null) {
                Linters.Learning learning = linters.startLearning(withinSizeLimit(files), settingsFrom);
                if (learning != null) {
                    ProgressBar reading = showProgress ? new ProgressBar(err, "checking", files.size()) : null;
                    progress[0] = showProgress ? new ProgressBar(err, "reporting", files.size()) : null;
                    LearningCheck.run(files, threadCount(), linters, learning, checking, isolated(work), LearningCheck.budget(),
                            reading, render, report);
                    if (progress[0] != null) {
                        progress[0].clear();
                    }
                    return;
                }
            } else {
                ProgressBar learning = showProgress ? new ProgressBar(err, "learning", files.size()) : null;
                linters.learnFrom(withinSizeLimit(files), threadCount(), settingsFrom, learning);
                if (learning != null) {
                    learning.clear();
                }
            }
        }
        progress[0] = showProgress ? new ProgressBar(err, "checking", files.size()) : null;
        OrderedRunner.runBatched(files, threadCount(), 8, isolated(work).andThen(render), report);
        if (progress[0] != null) {
            progress[0].clear();
        }
    }

    /** An outcome and what the reporter worked out for it ahead of writing it ({@link Reporter#render}). */
    record Ready(FileOutcome outcome, Object rendered) {}

    /** Learning reads whole files too, so it leaves out those the lint pass will skip as too large. */
    private List<FileCollector.Input> withinSizeLimit(List<FileCollector.Input> files) {
        long limit = maxBytes();
        return files.stream().filter(f -> {
            try {
                // The walk read each file's size; only files named on the command line are asked again.
                return (f.size() >= 0 ? f.size() : Files.size(f.path())) <= limit;
            } catch (java.io.IOException e) {
                return true; // the lint pass reports it
            }
        }).toList();
    }

    /**
     * A bug that one hostile file triggers must not stop the run: the file is reported as failed with the
     * error, and the other files are still processed.
     */
    static java.util.function.Function<FileCollector.Input, FileOutcome> isolated(
            java.util.function.Function<FileCollector.Input, FileOutcome> work) {
        return input -> {
            try {
                return work.apply(input);
            } catch (RuntimeException | StackOverflowError e) {
                return new FileOutcome.Failed(input.display(), "internal error: " + e
                        + " (please report this with the file; the other files were processed)");
            }
        };
    }

    boolean readsStdin() {
        return paths.contains("-");
    }

    int threadCount() {
        return threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    String stdinDisplay() {
        return stdinFilename != null ? stdinFilename : "-";
    }

    /** Where standard input's text is taken to live, for finding its configuration. */
    Path stdinPath() {
        return Path.of(stdinFilename != null ? stdinFilename : "stdin");
    }

    /** The linters for this run; a broken --config is reported before anything is read. */
    Linters linters() throws dev.corpuslint.rules.config.ConfigException {
        Linters linters = new Linters(config);
        linters.validateExplicit();
        return linters;
    }

    /** Where the report goes: standard output, or the --output-file (created or replaced). */
    PrintWriter reportWriter(PrintWriter stdout) throws IOException {
        if (outputFile == null) {
            return stdout;
        }
        Path parent = outputFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new Utf8Writer(Files.newOutputStream(outputFile), false);
    }

    /** {@link #reportWriter}, or null after telling the user why the --output-file cannot be written. */
    PrintWriter reportWriterOrNull(PrintWriter stdout, PrintWriter err) {
        try {
            return reportWriter(stdout);
        } catch (IOException e) {
            err.println("corpuslint: " + outputFile + ": cannot write: " + FileCollector.describe(e));
            err.flush();
            return null;
        }
    }

    Reporter reporter(PrintWriter out, PrintWriter err, boolean fixMode) {
        if (statistics) {
            return new StatisticsReporter(out, err, fixMode, quiet);
        }
        return switch (format) {
            case text -> new TextReporter(out, err, fixMode, quiet, outputFile == null && Terminal.colours(color));
            case json -> new JsonReporter(out, err);
            case sarif -> new SarifReporter(out, err, CorpuslintCommand.version());
            case github -> new GithubReporter(out, err);
            case junit -> new JunitReporter(out, err);
        };
    }
}
