package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Work on several threads, results in input order: batched or not, every input once, nulls included. */
class OrderedRunnerTest {
    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1", "2, 8", "3, 8", "2, 1000"})
    void batchedOutputsArriveOncePerInputInInputOrder(int threads, int batch) {
        List<Integer> inputs = IntStream.range(0, 1001).boxed().toList();
        var seen = ConcurrentHashMap.<Integer>newKeySet();
        List<Integer> outputs = new ArrayList<>();
        OrderedRunner.runBatched(inputs, threads, batch, i -> {
            assertEquals(true, seen.add(i), "worked on twice: " + i);
            if (i % 7 == 0) {
                Thread.yield(); // uneven work, so that batches finish out of order
            }
            return i % 5 == 0 ? null : i * 2;
        }, outputs::add);
        assertEquals(inputs.stream().map(i -> i % 5 == 0 ? null : i * 2).toList(), outputs);
        assertEquals(inputs.size(), seen.size());
    }
}
