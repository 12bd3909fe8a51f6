package dev.corpuslint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A directory check that learns the corpus's boilerplate as it reads it: each file is read once, not once
 * to learn and once to check (reading, decoding and deriving every file a second time was about a fifth of
 * a corpus check). As a file is read it is fed to the learner and linted by every rule but the corpus rules
 * (BP004), which take their evidence; the result waits, detached from the document's views, until the
 * index is built, and is then completed and reported, in input order as always.
 *
 * <p>Memory stays bounded: results wait only until one does not fit {@link #budget}. The files from there
 * on, and those whose result the cache most likely holds, are only learned from, and are checked the usual
 * way once the index is built, as in a run without this.
 */
final class LearningCheck {
    /**
     * The share of the heap waiting results may take (about a quarter: with {@code -Xmx512m} that is one
     * corpus of some 100 MB held, the rest checked afresh). {@code -Dcorpuslint.held-bytes=N} sets it in
     * bytes; tests use 0 to check the fallback.
     */
    static long budget() {
        return Long.getLong("corpuslint.held-bytes", Runtime.getRuntime().maxMemory() / 4);
    }

    private LearningCheck() {}

    /**
     * Checks {@code files}, learning from them as {@code learning} says, and hands every outcome, as {@code
     * render} makes it on the worker thread, to {@code report} in input order. {@code check} is the usual check
     * of one file, for the files not held.
     */
    static <T> void run(List<FileCollector.Input> files, int threads, Linters linters, Linters.Learning learning,
            FileProcessor processor, Function<FileCollector.Input, FileOutcome> check, long budget,
            ProgressBar reading, Function<FileOutcome, T> render, Consumer<T> report) {
        FileProcessor.Held[] held = new FileProcessor.Held[files.size()];
        int[] next = {0};
        long[] used = {0};
        // Set once a result does not fit: from then on the workers only learn, as a learning pass does, instead
        // of linting files whose results would be dropped.
        AtomicBoolean full = new AtomicBoolean(budget <= 0);
        OrderedRunner.runBatched(files, threads, 8, input -> processor.readAndLearn(input, learning.learner(), !full.get()), result -> {
            // In input order: the files before the first that does not fit are held, the same ones every run.
            int at = next[0]++;
            if (result != null && !full.get()) {
                if (used[0] + result.deferred().retainedBytes() <= budget) {
                    held[at] = result;
                    used[0] += result.deferred().retainedBytes();
                } else {
                    full.set(true);
                }
            }
            if (reading != null) {
                reading.advance();
            }
        });
        if (reading != null) {
            reading.clear();
        }
        linters.finishLearning(learning);
        Function<FileCollector.Input, FileOutcome> checkAgain = InputOptions.isolated(check);
        OrderedRunner.run(batches(held), threads, batch -> {
            List<T> outcomes = new ArrayList<>(batch[1] - batch[0]);
            for (int at = batch[0]; at < batch[1]; at++) {
                FileProcessor.Held waiting = held[at];
                held[at] = null; // reported results are not kept
                FileCollector.Input input = files.get(at);
                outcomes.add(render.apply(waiting == null ? checkAgain.apply(input)
                        : InputOptions.isolated(i -> processor.complete(i, waiting)).apply(input)));
            }
            return outcomes;
        }, outcomes -> outcomes.forEach(report));
    }

    /** Held results completed together, at most this many: a worker's hand-off costs about as much as one. */
    private static final int BATCH = 64;

    /**
     * The second pass's work as ranges of files, {@code [from, to)}: runs of up to {@link #BATCH} held results,
     * and each file checked afresh alone (a batch of those would keep many whole documents in memory at once).
     */
    static List<int[]> batches(FileProcessor.Held[] held) {
        List<int[]> batches = new ArrayList<>();
        int from = 0;
        while (from < held.length) {
            int to = from + 1;
            if (held[from] != null) {
                while (to < held.length && to - from < BATCH && held[to] != null) {
                    to++;
                }
            }
            batches.add(new int[] {from, to});
            from = to;
        }
        return batches;
    }
}
