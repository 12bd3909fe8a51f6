import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A corpus read into memory for the in-JVM comparisons (LintAb, RuleCosts): its text files in order, and their bytes. */
record BenchCorpus(List<Path> names, List<byte[]> files) {
    static BenchCorpus read(Path root) throws IOException {
        List<Path> names;
        try (Stream<Path> walk = Files.walk(root)) {
            names = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|markdown|txt|html|htm)$")).sorted().toList();
        }
        List<byte[]> files = new ArrayList<>();
        for (Path name : names) {
            files.add(Files.readAllBytes(name));
        }
        return new BenchCorpus(names, files);
    }
}
