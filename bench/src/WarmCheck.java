package dev.corpuslint.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one corpuslint command line several times in one JVM and prints each run's wall time, CPU time (the
 * whole process: workers, JIT compiler threads and garbage collector) and garbage-collector time, then the
 * medians of the second half of the runs. By then the JIT has compiled the hot code, so those medians are
 * what the check itself costs once the JVM's one-off work (start-up, loading, interpreting, compiling) is
 * done: how far from its floor a cold run is, and what code optimised ahead of time could at best save.
 *
 * <p>Each run is a {@link QuietRun} (reports rendered and encoded as in a real run, into a null stream);
 * bench/warm compiles both against the built jar.
 */
public final class WarmCheck {
    private WarmCheck() {}

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<long[]> measured = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            long gc = gcMillis();
            long start = System.nanoTime();
            int exit = QuietRun.run(command);
            long[] times = {(System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, gcMillis() - gc};
            System.out.printf("run %2d: %6d ms wall %6d ms CPU %5d ms GC  (exit %d)%n", run, times[0], times[1], times[2], exit);
            if (exit == 2) {
                System.exit(2);
            }
            if (run > runs / 2) {
                measured.add(times);
            }
        }
        System.out.printf("median of runs %d-%d: %d ms wall, %d ms CPU, %d ms GC%n", runs / 2 + 1, runs,
                median(measured, 0), median(measured, 1), median(measured, 2));
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += collector.getCollectionTime();
        }
        return total;
    }

    private static long median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(times -> times[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
