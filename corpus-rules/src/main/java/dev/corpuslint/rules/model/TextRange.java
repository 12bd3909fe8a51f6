package dev.corpuslint.rules.model;

/** A half-open range {@code [start, end)} of UTF-16 indices into a document's decoded text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    public static TextRange at(int offset) {
        return new TextRange(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when the two ranges share at least one character, or an empty range sits strictly inside the other. */
    public boolean overlaps(TextRange other) {
        if (isEmpty() || other.isEmpty()) {
            return start == other.start || (other.start < start && start < other.end) || (start < other.start && other.start < end);
        }
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public TextRange shift(int delta) {
        return new TextRange(start + delta, end + delta);
    }

    @Override
    public int compareTo(TextRange o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
