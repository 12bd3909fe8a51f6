package dev.corpuslint.cli;

import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearnedIndex;
import dev.corpuslint.rules.learn.LearnedIndexFile;
import dev.corpuslint.rules.learn.LearnedPack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {
            "Learn a corpus's boilerplate: lines repeated across many documents of one source.",
            "Writes DIR/.corpuslint/boilerplate.tsv, which check, fix and the editor then use for every file under DIR.",
            "Exit code 0: learned, 2: error."
        })
public class LearnCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The corpus directory (recursive).")
    Path directory;

    @Option(names = "--print", description = "Print the learned lines (source, documents, source documents, line) and write nothing.")
    boolean print;

    @Option(names = "--promote", paramLabel = "FILE",
            description = "Write the learned lines as a rule pack to FILE for review (instead of the index). FILE must not exist.")
    Path promote;

    @Option(names = "--config", paramLabel = "FILE", description = "Take the learning thresholds from this configuration file.")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel (default: the number of processors).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return learn(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int learn(PrintWriter out, PrintWriter err) {
        if (!Files.isDirectory(directory)) {
            err.println("corpuslint: " + directory + ": not a directory");
            return 2;
        }
        Linters linters = new Linters(config);
        BoilerplateLearner learner;
        try {
            linters.validateExplicit();
            learner = new BoilerplateLearner(linters.configFor(directory.resolve("_")).learning(), Optional.of(directory));
        } catch (ConfigException e) {
            err.println("corpuslint: configuration error: " + e.getMessage());
            return 2;
        }
        List<FileOutcome.Failed> problems = new ArrayList<>();
        List<FileCollector.Input> files = FileCollector.collect(List.of(directory.toString()), problems::add);
        problems.forEach(p -> err.println("corpuslint: " + p.path() + ": " + p.message()));
        Linters.learn(learner, files, threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), null);
        LearnedIndex index = learner.build();
        int sources = index.documentsPerSource().size();
        String learned = "Learned " + index.size() + " lines in " + index.lines().size() + " of " + sources
                + " sources from " + files.size() + " files";
        if (print) {
            for (LearnedIndex.Line line : index.all()) {
                out.println(line.source() + "\t" + line.documents() + "\t" + index.sourceDocuments(line.source()) + "\t" + line.example());
            }
            err.println(learned + ".");
            return 0;
        }
        Path target = promote != null ? promote : LearnedIndexFile.locationFor(directory);
        try {
            if (promote != null) {
                if (Files.exists(promote)) {
                    err.println("corpuslint: " + promote + ": already exists; choose a new file (it is meant for review)");
                    return 2;
                }
                Files.writeString(promote, LearnedPack.render(index, directory.toString()));
            } else {
                LearnedIndexFile.write(index, directory);
            }
        } catch (IOException e) {
            err.println("corpuslint: " + target + ": cannot write: " + FileCollector.describe(e));
            return 2;
        }
        err.println(learned + "; wrote " + target + ".");
        return 0;
    }
}
