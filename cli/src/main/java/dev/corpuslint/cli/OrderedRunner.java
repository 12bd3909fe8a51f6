package dev.corpuslint.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Processes inputs on several threads but hands results on in input order, so output is deterministic
 * and streams as it goes. At most a small window of results waits in memory, whatever the corpus size.
 */
final class OrderedRunner {
    private static final int WINDOW_PER_THREAD = 16;

    private OrderedRunner() {}

    static <I, O> void run(List<I> inputs, int threads, Function<I, O> work, Consumer<O> consumer) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (I input : inputs) {
                consumer.accept(work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "corpuslint-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<O>> pending = new ArrayDeque<>();
            int window = threads * WINDOW_PER_THREAD;
            for (I input : inputs) {
                if (pending.size() >= window) {
                    consumer.accept(await(pending.poll()));
                }
                pending.add(pool.submit(() -> work.apply(input)));
            }
            while (!pending.isEmpty()) {
                consumer.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@link #run}, with the inputs handed to the workers {@code batch} at a time: each hand-off (a queue, a
     * wake-up, a future to wait on) costs about as much as a small task, and a corpus has thousands of small
     * files. Outputs still arrive one by one, in input order; a null output is handed on as null.
     */
    static <I, O> void runBatched(List<I> inputs, int threads, int batch, Function<I, O> work, Consumer<O> consumer) {
        List<List<I>> batches = new java.util.ArrayList<>();
        for (int from = 0; from < inputs.size(); from += batch) {
            batches.add(inputs.subList(from, Math.min(inputs.size(), from + batch)));
        }
        run(batches, threads, group -> {
            List<O> outputs = new java.util.ArrayList<>(group.size());
            for (I input : group) {
                outputs.add(work.apply(input));
            }
            return outputs;
        }, outputs -> outputs.forEach(consumer));
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
