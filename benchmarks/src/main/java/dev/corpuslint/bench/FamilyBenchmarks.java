package dev.corpuslint.bench;

import dev.corpuslint.rules.BuiltInRules;
import dev.corpuslint.rules.engine.Linter;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Each rule family's rules over the sample of {@link CoreBenchmarks} (parsing included; subtract its parse score). */
@State(Scope.Benchmark)
public class FamilyBenchmarks extends BenchmarkSettings {
    @Param({"DL", "FM", "EN", "BP"})
    public String family;

    private List<byte[]> sample;
    private Linter linter;

    @Setup(Level.Trial)
    public void load() throws IOException {
        sample = CoreBenchmarks.sample();
        linter = new Linter(BuiltInRules.ALL.stream().filter(r -> r.metadata().code().startsWith(family)).toList());
    }

    @Benchmark
    public void lintFamily(Blackhole out) {
        for (int i = 0; i < sample.size(); i++) {
            out.consume(linter.lint(CoreBenchmarks.document(sample, i)));
        }
    }
}
