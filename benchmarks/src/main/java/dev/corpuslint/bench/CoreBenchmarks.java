package dev.corpuslint.bench;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearningSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The core's hot paths on a fixed sample of documents (every 25th file of ../shared/corpus, or the five
 * sample files in examples/corpus when the corpus is absent), so that a regression in one of them shows
 * up as a number: parsing a document, the fix engine, and boilerplate learning ({@link FamilyBenchmarks}:
 * each rule family). Every operation decodes its documents afresh, as the CLI does, so the other scores
 * include parsing; the parse score is there to subtract. Scores are per pass over the whole sample.
 * Run with {@code bench/jmh}.
 */
@State(Scope.Benchmark)
public class CoreBenchmarks extends BenchmarkSettings {
    private List<byte[]> sample;
    private FixEngine fixEngine;
    private Linter all;

    @Setup(Level.Trial)
    public void load() throws IOException {
        sample = sample();
        all = new Linter(BuiltInRules.ALL);
        fixEngine = new FixEngine(all);
    }

    /** The documents every benchmark runs on, read once. */
    static List<byte[]> sample() throws IOException {
        Path corpus = Path.of(System.getProperty("corpuslint.bench.corpus", "../shared/corpus"));
        Path seeds = Path.of(System.getProperty("corpuslint.bench.seeds", "examples/corpus"));
        List<Path> files;
        try (Stream<Path> walk = Files.isDirectory(corpus) ? Files.walk(corpus) : Files.list(seeds)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|html|txt)$") && !p.getFileName().toString().equals("SOURCES.md"))
                    .sorted().toList();
        }
        List<byte[]> sample = new ArrayList<>();
        int step = files.size() > 250 ? 25 : 1;
        for (int i = 0; i < files.size(); i += step) {
            sample.add(read(files.get(i)));
        }
        System.err.println("corpuslint benchmarks: " + sample.size() + " documents from " + (Files.isDirectory(corpus) ? corpus : seeds));
        return sample;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusDocument document(List<byte[]> sample, int i) {
        return CorpusDocument.fromBytes("doc" + i + ".md", sample.get(i));
    }

    private CorpusDocument document(int i) {
        return document(sample, i);
    }

    /** Decoding, lines, front matter YAML, non-prose ranges and the normalised body lines: what every rule shares. */
    @Benchmark
    public void parse(Blackhole out) {
        for (int i = 0; i < sample.size(); i++) {
            CorpusDocument document = document(i);
            out.consume(document.frontMatter().flatMap(fm -> fm.yaml()));
            out.consume(document.body().nonProse());
            BodyLines lines = document.bodyLines();
            for (int line = lines.first(); line < lines.end(); line++) {
                out.consume(lines.normalized(line));
            }
        }
    }

    /** Every rule's fixes, unsafe ones included, to a fixed point. */
    @Benchmark
    public void fixAll(Blackhole out) {
        for (int i = 0; i < sample.size(); i++) {
            out.consume(fixEngine.fix(document(i), true));
        }
    }

    /**
     * A directory check's work per file, as its first pass does it: decoding, learning, and every rule but
     * BP004, which takes its evidence (the CLI's LearningCheck). What the families' scores add up to only roughly,
     * because the rules share what they derive from a document.
     */
    @Benchmark
    public void check(Blackhole out) {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < sample.size(); i++) {
            CorpusDocument document = document(i);
            learner.add(document);
            out.consume(all.lintDeferring(document));
        }
        out.consume(learner.build());
    }

    /** Counting candidate lines per source and building the learned index. */
    @Benchmark
    public void learn(Blackhole out) {
        BoilerplateLearner learner = new BoilerplateLearner(LearningSettings.DEFAULT, Optional.empty());
        for (int i = 0; i < sample.size(); i++) {
            learner.add(document(i));
        }
        out.consume(learner.build());
    }
}
