import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two builds of the core taking turns document by document: each file of the corpus is decoded, learned from and
 * linted by every rule (BP004 deferred, as a directory check's first pass does) by one build and then the other,
 * in alternating order, and each build's time is summed. Turns a few milliseconds long share the machine's
 * state far better than whole runs (bench/warm-ab), so a difference of one per cent in the rules' work shows
 * through the drift of this virtual machine. Start-up, compilation, reading and reporting are left out.
 *
 * <p>Usage: {@code java LintAb JAR_A JAR_B ROUNDS CORPUS} (bench/lint-ab).
 */
public final class LintAb {
    private LintAb() {}

    /** One build's entry points, reached by reflection through its own class loader. */
    private record Build(Method fromBytes, Method add, Method lintDeferring, Object linter, Constructor<?> learner,
            Object settings) {
        static Build load(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> document = loader.loadClass("dev.corpuslint.rules.document.CorpusDocument");
            Class<?> linter = loader.loadClass("dev.corpuslint.rules.engine.Linter");
            Class<?> learner = loader.loadClass("dev.corpuslint.rules.learn.BoilerplateLearner");
            Class<?> settings = loader.loadClass("dev.corpuslint.rules.learn.LearningSettings");
            Object all = loader.loadClass("dev.corpuslint.rules.BuiltInRules").getField("ALL").get(null);
            return new Build(document.getMethod("fromBytes", String.class, byte[].class), learner.getMethod("add", document),
                    linter.getMethod("lintDeferring", document), linter.getConstructor(List.class).newInstance(all),
                    learner.getConstructor(settings, Optional.class), settings.getField("DEFAULT").get(null));
        }

        /** Nanoseconds to check {@code files} [from, to) with {@code learner}. */
        long check(List<Path> names, List<byte[]> files, int from, int to, Object learner) throws Exception {
            long start = System.nanoTime();
            for (int i = from; i < to; i++) {
                Object document = fromBytes.invoke(null, names.get(i).toString(), files.get(i));
                add.invoke(learner, document);
                lintDeferring.invoke(linter, document);
            }
            return System.nanoTime() - start;
        }
    }

    public static void main(String[] args) throws Exception {
        Build[] builds = {Build.load(Path.of(args[0])), Build.load(Path.of(args[1]))};
        int rounds = Integer.parseInt(args[2]);
        BenchCorpus corpus = BenchCorpus.read(Path.of(args[3]));
        List<Path> names = corpus.names();
        List<byte[]> files = corpus.files();
        final int batch = 16;
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long[] total = new long[2];
            Object[] learners = {builds[0].learner().newInstance(builds[0].settings(), Optional.empty()),
                    builds[1].learner().newInstance(builds[1].settings(), Optional.empty())};
            for (int from = 0, turn = round; from < files.size(); from += batch, turn++) {
                int to = Math.min(files.size(), from + batch);
                for (int k = 0; k < 2; k++) {
                    int b = (turn + k) % 2;
                    total[b] += builds[b].check(names, files, from, to, learners[b]);
                }
            }
            double ratio = (double) total[1] / total[0];
            System.out.printf("round %2d: A %5d ms  B %5d ms  B/A %.3f%n", round, total[0] / 1_000_000, total[1] / 1_000_000, ratio);
            if (round > rounds / 2) {
                ratios.add(ratio);
            }
        }
        ratios.sort(null);
        System.out.printf("rounds %d-%d: median B/A %.3f (range %.3f-%.3f)%n", rounds / 2 + 1, rounds,
                ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    }
}
