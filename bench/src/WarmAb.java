import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of corpuslint in one JVM, each in its own class loader (so each has its own classes and its own
 * compiled code), running the same command line in turn: A, B, A, B… Both see the same machine at the same
 * moments, which a comparison of two processes a few seconds apart does not give on a virtual machine whose
 * speed drifts by a fifth within minutes; and once warm, neither pays start-up or compilation, so what is
 * compared is the work each build's code does. Which goes first alternates. Prints each round and, over the second half of the rounds,
 * each build's median wall time and the median of B's time over A's in the same round.
 *
 * <p>Usage: {@code java -cp CLASSES WarmAb JAR_A JAR_B ROUNDS COMMAND…} where CLASSES holds QuietRun compiled
 * against either jar (bench/warm-ab does this).
 */
public final class WarmAb {
    private WarmAb() {}

    public static void main(String[] args) throws Exception {
        Path runner = Path.of(System.getProperty("warmab.classes"));
        Method[] run = {runMethod(runner, Path.of(args[0])), runMethod(runner, Path.of(args[1]))};
        int rounds = Integer.parseInt(args[2]);
        String[] command = Arrays.copyOfRange(args, 3, args.length);
        List<long[]> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long[] times = new long[2];
            // Who goes first alternates, so that neither always follows the other's garbage.
            for (int turn = 0; turn < 2; turn++) {
                int build = (turn + round) % 2;
                long start = System.nanoTime();
                int exit = (int) run[build].invoke(null, (Object) command);
                times[build] = (System.nanoTime() - start) / 1_000_000;
                if (exit == 2) {
                    throw new IllegalStateException("build " + "AB".charAt(build) + " exited with 2");
                }
            }
            System.out.printf("round %2d: A %5d ms  B %5d ms  B/A %.3f%n", round, times[0], times[1], (double) times[1] / times[0]);
            if (round > rounds / 2) {
                measured.add(times);
            }
        }
        double[] ratios = measured.stream().mapToDouble(t -> (double) t[1] / t[0]).sorted().toArray();
        System.out.printf("rounds %d-%d, medians: A %d ms, B %d ms, B/A in the same round %.3f%n", rounds / 2 + 1, rounds,
                median(measured, 0), median(measured, 1), ratios[ratios.length / 2]);
    }

    private static Method runMethod(Path runner, Path jar) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {runner.toUri().toURL(), jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        return loader.loadClass("dev.corpuslint.cli.QuietRun").getMethod("run", String[].class);
    }

    private static long median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(t -> t[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
