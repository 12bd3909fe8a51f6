package dev.corpuslint.rules.learn;

/**
 * Counts per 64-bit key in an open-addressing table of primitive longs and ints. Hand-written because a
 * corpus of millions of distinct lines would cost boxed {@code Map<Long,Integer>} entries several times the
 * memory (and the well-kept primitive collections, fastutil, weigh 20 MB for this one class). Not thread-safe.
 */
final class LongCounter {
    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] counts;
    private int size;
    /** Key 0 marks an empty slot, so the real key 0 is counted apart. */
    private int zeroCount;

    /** A table for the corpus's lines, which grows as it fills. */
    LongCounter() {
        this(1 << 11);
    }

    /** A table sized for about {@code expected} keys without growing (one document's lines). */
    LongCounter(int expected) {
        int slots = Integer.highestOneBit(Math.max(2, expected)) << 2;
        keys = new long[slots];
        counts = new int[slots];
    }

    /** Adds one to {@code key}'s count and returns the new count. */
    int increment(long key) {
        if (key == EMPTY) {
            return ++zeroCount;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        return ++counts[slot];
    }

    int get(long key) {
        if (key == EMPTY) {
            return zeroCount;
        }
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** FNV-1a over the UTF-16 units of {@code a}, a separator, and {@code b}. */
    static long hash(String a, String b) {
        return resume(start(a), b);
    }

    /** The state of {@link #hash} after {@code a} and the separator: a document's lines share their source's. */
    static long start(String a) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0xFFFF) * 0x100000001b3L;
    }

    /** {@link #hash} of the {@code a} that {@code state} was started with, and {@code b}. */
    static long resume(long state, String b) {
        long h = state;
        for (int i = 0; i < b.length(); i++) {
            h = (h ^ b.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Folds {@code value} into the running hash {@code h} of a sequence of hashes. */
    static long combine(long h, long value) {
        h = (h ^ value) * 0x100000001b3L;
        return h ^ (h >>> 29);
    }
}
