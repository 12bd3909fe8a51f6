import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each rule adds to the rules' work: a linter with every rule and one without the rule take turns every 16
 * documents (each decoded, learned from and linted, BP004 deferred, as bench/lint-ab does), and the rule's share
 * is one minus their ratio, per round. A knock-out measures what a profile cannot: work a rule shares with others
 * (the document's derived views) counts only where no other rule would do it, and work a sampler charges to the
 * wrong frame counts where it is done. A share under a per cent or two is inside the noise.
 *
 * <p>Usage: {@code java RuleCosts JAR ROUNDS CORPUS [CODE,CODE…]} (bench/rule-costs).
 */
public final class RuleCosts {
    private RuleCosts() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> only = args.length > 3 ? Arrays.asList(args[3].split(",")) : null;
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> document = loader.loadClass("dev.corpuslint.rules.document.CorpusDocument");
        Class<?> linterClass = loader.loadClass("dev.corpuslint.rules.engine.Linter");
        Class<?> learnerClass = loader.loadClass("dev.corpuslint.rules.learn.BoilerplateLearner");
        Class<?> settingsClass = loader.loadClass("dev.corpuslint.rules.learn.LearningSettings");
        List<?> all = (List<?>) loader.loadClass("dev.corpuslint.rules.BuiltInRules").getField("ALL").get(null);
        Method fromBytes = document.getMethod("fromBytes", String.class, byte[].class);
        Method add = learnerClass.getMethod("add", document);
        Method lint = linterClass.getMethod("lintDeferring", document);
        Method metadata = loader.loadClass("dev.corpuslint.rules.engine.Rule").getMethod("metadata");
        Constructor<?> newLearner = learnerClass.getConstructor(settingsClass, Optional.class);
        Object settings = settingsClass.getField("DEFAULT").get(null);
        Constructor<?> newLinter = linterClass.getConstructor(List.class);
        BenchCorpus corpus = BenchCorpus.read(Path.of(args[2]));
        List<Path> names = corpus.names();
        List<byte[]> files = corpus.files();
        List<String> codes = new ArrayList<>();
        for (Object rule : all) {
            Object m = metadata.invoke(rule);
            codes.add((String) m.getClass().getMethod("code").invoke(m));
        }
        Object every = newLinter.newInstance(all);
        for (int warm = 0; warm < 2; warm++) { // C1 compiles what the first passes run
            Object learner = newLearner.newInstance(settings, Optional.empty());
            for (int i = 0; i < files.size(); i++) {
                Object d = fromBytes.invoke(null, names.get(i).toString(), files.get(i));
                add.invoke(learner, d);
                lint.invoke(every, d);
            }
        }
        for (int skip = 0; skip < all.size(); skip++) {
            if (only != null && !only.contains(codes.get(skip))) {
                continue;
            }
            List<Object> rest = new ArrayList<>(all);
            rest.remove(skip);
            Object[] linters = {every, newLinter.newInstance(rest)};
            List<Double> shares = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long[] total = new long[2];
                Object[] learners = {newLearner.newInstance(settings, Optional.empty()), newLearner.newInstance(settings, Optional.empty())};
                for (int from = 0, turn = round; from < files.size(); from += 16, turn++) {
                    int to = Math.min(files.size(), from + 16);
                    for (int k = 0; k < 2; k++) {
                        int b = (turn + k) % 2;
                        long start = System.nanoTime();
                        for (int i = from; i < to; i++) {
                            Object d = fromBytes.invoke(null, names.get(i).toString(), files.get(i));
                            add.invoke(learners[b], d);
                            lint.invoke(linters[b], d);
                        }
                        total[b] += System.nanoTime() - start;
                    }
                }
                shares.add(1.0 - (double) total[1] / total[0]);
            }
            Collections.sort(shares);
            System.out.printf("%s %6.2f %%   rounds: %s%n", codes.get(skip), 100 * shares.get(shares.size() / 2),
                    shares.stream().map(s -> String.format("%.1f", 100 * s)).collect(Collectors.joining(" ")));
        }
    }
}
