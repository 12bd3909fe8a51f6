package dev.corpuslint.rules.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a document's bytes became its text.
 *
 * @param charset the charset the text was decoded with (and is written back with unless a fix changes it)
 * @param detected true when the charset was guessed because the bytes were not valid UTF-8
 * @param malformedOffsets text offsets of U+FFFD characters that stand for undecodable bytes
 * @param roundTrips true when encoding the text again gives back exactly the original bytes
 */
public record Encoding(Charset charset, boolean detected, List<Integer> malformedOffsets, boolean roundTrips) {
    public static final Encoding UTF8_TEXT = new Encoding(StandardCharsets.UTF_8, false, List.of(), true);

    public Encoding {
        malformedOffsets = List.copyOf(malformedOffsets);
    }

    public boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** True when the file can be written back without silently changing bytes the user did not ask to change. */
    public boolean isWritable() {
        return malformedOffsets.isEmpty() && roundTrips;
    }
}
