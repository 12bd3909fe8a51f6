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
