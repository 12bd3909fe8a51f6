package dev.corpuslint.rules.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns file bytes into text. UTF-8 is tried strictly first; only bytes that are not valid UTF-8 are
 * handed to juniversalchardet, and its guess is accepted only if it decodes the bytes strictly, so a
 * guess can never invent replacement characters.
 */
public final class TextDecoder {
    /**
     * A file with at least this many valid 3- and 4-byte UTF-8 sequences per malformed one is damaged
     * UTF-8, not a legacy charset: in GB18030 or Big5 text such sequences are rare and malformed ones
     * are everywhere, while CJK text in UTF-8 is made of them.
     */
    private static final int DAMAGED_UTF8_EVIDENCE = 4;

    private TextDecoder() {}

    /**
     * The text and how it was decoded; for well-formed UTF-8 also its characters and, when it holds no
     * carriage return, its line starts, found in the same pass (null otherwise, and then worked out on use),
     * and whether it may hold a surrogate (true when not known).
     */
    public record Decoded(String text, Encoding encoding, char[] chars, int[] lineStarts, boolean maySurrogates) {
        public Decoded(String text, Encoding encoding) {
            this(text, encoding, null, null, true);
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (hasUtf16Mark(bytes)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            Decoded decoded = decodeStrictOrNull(bytes, utf16);
            if (decoded != null) {
                return decoded;
            }
        }
        WellFormedUtf8.Text wellFormed = WellFormedUtf8.decode(bytes);
        return wellFormed != null ? decoded(wellFormed) : decodeNotWellFormed(bytes);
    }

    /** How many bytes {@link #isBinary} looks at: a text file's first NUL is near its start if it has one. */
    public static final int BINARY_SNIFF = 8192;

    /**
     * Whether {@code bytes} are not text at all: a NUL byte in the first {@link #BINARY_SNIFF}, unless a UTF-16
     * byte-order mark opens them (UTF-16 puts a NUL beside every ASCII character).
     */
    public static boolean isBinary(byte[] bytes) {
        if (hasUtf16Mark(bytes)) {
            return false;
        }
        int limit = Math.min(bytes.length, BINARY_SNIFF);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #decode}, or null when the bytes are {@link #isBinary binary}. For well-formed UTF-8, nearly every
     * file, the decoder notes the first NUL as it goes, and the separate pass over the first 8 KB that the
     * binary test was (about 1 % of a corpus check) is not made.
     */
    public static Decoded decodeUnlessBinary(byte[] bytes) {
        if (hasUtf16Mark(bytes)) {
            return decode(bytes);
        }
        WellFormedUtf8.Text wellFormed = WellFormedUtf8.decode(bytes);
        if (wellFormed != null) {
            return wellFormed.firstNul() >= 0 && wellFormed.firstNul() < BINARY_SNIFF ? null : decoded(wellFormed);
        }
        return isBinary(bytes) ? null : decodeNotWellFormed(bytes);
    }

    private static boolean hasUtf16Mark(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static Decoded decoded(WellFormedUtf8.Text wellFormed) {
        return new Decoded(wellFormed.text(), Encoding.UTF8_TEXT, wellFormed.chars(), wellFormed.lineStarts(),
                wellFormed.surrogates());
    }

    /** Bytes that are not well-formed UTF-8: damaged UTF-8, or a legacy charset. */
    private static Decoded decodeNotWellFormed(byte[] bytes) {
        Decoded lenient = decodeLenient(bytes, StandardCharsets.UTF_8);
        if (looksLikeDamagedUtf8(bytes, lenient.encoding().malformedOffsets().size())) {
            return lenient;
        }
        for (Charset candidate : legacyCandidates(bytes)) {
            Decoded decoded = decodeStrictOrNull(bytes, candidate);
            if (decoded != null) {
                return decoded;
            }
        }
        return lenient;
    }

    /** Valid multi-byte UTF-8 sequences vastly outnumbering the broken ones means a damaged UTF-8 file. */
    private static boolean looksLikeDamagedUtf8(byte[] bytes, int malformed) {
        int validMultiByte = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : 0;
            if (need == 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                validMultiByte++;
                i += need;
            }
        }
        return validMultiByte > 0 && validMultiByte >= DAMAGED_UTF8_EVIDENCE * malformed;
    }

    private static List<Charset> legacyCandidates(byte[] bytes) {
        List<Charset> candidates = new ArrayList<>();
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null) {
            Charset charset = normalise(guess);
            if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
                candidates.add(charset);
            }
        }
        // Chinese corpora: when the detector has no opinion, these are the likely legacy charsets.
        for (Charset fallback : List.of(Charset.forName("GB18030"), Charset.forName("Big5-HKSCS"))) {
            if (!candidates.contains(fallback)) {
                candidates.add(fallback);
            }
        }
        return candidates;
    }

    /** GB2312 and GBK are subsets of GB18030, Big5 of Big5-HKSCS: decode with the superset. */
    private static Charset normalise(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        try {
            return switch (upper) {
                case "GB2312", "GBK", "GB18030", "HZ-GB-2312" -> Charset.forName("GB18030");
                case "BIG5", "BIG5-HKSCS" -> Charset.forName("Big5-HKSCS");
                default -> Charset.isSupported(name) ? Charset.forName(name) : null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Decoded decodeStrictOrNull(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // Only UTF-16 (by its BOM) and legacy charsets come here: UTF-8 is decoded by WellFormedUtf8.
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            boolean roundTrips = Arrays.equals(text.getBytes(charset), bytes);
            return new Decoded(text, new Encoding(charset, true, List.of(), roundTrips));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes, replacing each malformed sequence with U+FFFD and remembering where it stands in the text. */
    static Decoded decodeLenient(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length + 1));
        List<Integer> malformed = new ArrayList<>();
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
            if (result.isUnderflow()) {
                if (!in.hasRemaining()) {
                    CoderResult flushed = decoder.flush(out);
                    if (flushed.isUnderflow()) {
                        break;
                    }
                }
                continue;
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            if (out.remaining() < 1) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            malformed.add(out.position());
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        out.flip();
        return new Decoded(out.toString(), new Encoding(charset, false, malformed, false));
    }

    private static boolean startsWith(byte[] bytes, int b0, int b1) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
    }
}
