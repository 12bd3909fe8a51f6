package dev.corpuslint.cli;

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

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The file name to report (and to guess the file type from) when reading standard input.")
    String stdinFilename;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every file instead of the nearest .corpuslint.yaml.")
    java.nio.file.Path config;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files checked in parallel (default: the number of processors).")
    Integer threads;

    /** The paths to read from disk: those given (without `-`), or `.` when none at all were given. */
    List<String> filePaths() {
        return paths.isEmpty() ? List.of(".") : paths.stream().filter(p -> !p.equals("-")).toList();
    }

    /**
     * Runs {@code work} over every file under {@link #filePaths()} in parallel, recording each outcome (and
     * each path that could not be walked) in input order.
     */
    void forEachFile(java.util.function.Function<FileCollector.Input, FileOutcome> work, Summary summary, Reporter reporter) {
        forEachFile(work, summary, reporter, null);
    }

    /**
     * As above; when {@code linters} is given and a directory is checked without a persisted boilerplate
     * index, a first pass learns the corpus's repeated lines before the files are linted.
     */
    void forEachFile(java.util.function.Function<FileCollector.Input, FileOutcome> work, Summary summary, Reporter reporter,
            Linters linters) {
        java.util.function.Consumer<FileOutcome> record = outcome -> {
            summary.add(outcome);
            reporter.file(outcome);
        };
        List<FileCollector.Input> files = FileCollector.collect(filePaths(), record::accept);
        if (linters != null && files.size() > 1 && linters.shouldLearn(filePaths())) {
            linters.learnFrom(files, threadCount(), java.nio.file.Path.of(filePaths().get(0)));
        }
        OrderedRunner.run(files, threadCount(), work, record);
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
    java.nio.file.Path stdinPath() {
        return java.nio.file.Path.of(stdinFilename != null ? stdinFilename : "stdin");
    }

    /** The linters for this run; a broken --config is reported before anything is read. */
    Linters linters() throws dev.corpuslint.rules.config.ConfigException {
        Linters linters = new Linters(config);
        linters.validateExplicit();
        return linters;
    }

    Reporter reporter(java.io.PrintWriter out, java.io.PrintWriter err, boolean fixMode) {
        return switch (format) {
            case text -> new TextReporter(out, err, fixMode);
            case json -> new JsonReporter(out, err);
        };
    }
}
