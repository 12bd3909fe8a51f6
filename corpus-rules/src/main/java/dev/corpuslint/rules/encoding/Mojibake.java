package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.CharPresence;
import dev.corpuslint.rules.document.CharSet;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UTF-8 text that was decoded with a legacy code page somewhere upstream: {@code æ–°é—»} (cp1252),
 * {@code дёҚе®үе…Ё} (a Cyrillic code page), {@code 鏂伴椈} (GBK), all for 新闻 / 不安全. A span is repaired by
 * turning each character back into the byte it came from and decoding those bytes as UTF-8; the repair
 * is offered only when that decoding is strict (every byte used, nothing invented), so it is exact.
 * Spans with the UTF-8 shape but characters no known code page gives back are reported without a fix.
 */
public final class Mojibake implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN014", "mojibake", Family.ENCODING,
            "Text must not be UTF-8 decoded with the wrong code page",
            Severity.ERROR, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    /**
     * How one code page maps characters back to bytes ({@code null}: GBK, two bytes a character), how many
     * decoded characters make a finding, and how sure a repair is. Only cp1252 repairs are safe: the
     * corpus shows Cyrillic variants that put letters at other bytes than cp1251 (its `ү` is byte 0x89,
     * KZ-1048's is 0xBF), and a wrong table yields valid but wrong text; a short GBK span can be real
     * rare characters.
     */
    private record CodePage(String name, short[] bytes, int minDecoded, Applicability safety) {}

    private static final List<CodePage> CODE_PAGES = List.of(
            new CodePage("cp1252", reverse("windows-1252", "ISO-8859-1"), 1, Applicability.SAFE),
            new CodePage("cp1251", reverse("windows-1251"), 2, Applicability.UNSAFE),
            new CodePage("GBK", null, 2, Applicability.UNSAFE));
    /** Three-character groups with a Cyrillic lead letter for E4-E9 bytes: UTF-8 CJK seen through cp1251 and kin. */
    static final Pattern CYRILLIC_SHAPE = Pattern.compile("(?:[д-й][\\u0080-\\u04FF\\u2010-\\u203A\\u2116\\u2122]{2}){3,}");
    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        char[] chars = document.chars();
        if (!hasSuspects(chars)) {
            return;
        }
        Survey survey = survey(chars, document.presence());
        List<TextRange> reported = new java.util.ArrayList<>();
        for (int p = 0; p < CODE_PAGES.size(); p++) {
            CodePage page = CODE_PAGES.get(p);
            if ((survey.pages() & 1 << p) == 0) {
                continue; // no character here can start a repair for this page: its scan would find none
            }
            int bit = 1 << p;
            int i = 0;
            boolean gbk = page.bytes() == null && page.minDecoded() >= 2;
            while (i < chars.length) {
                if ((starts(chars[i]) & bit) == 0 || gbk && !nextMayContinue(chars, i)) {
                    i++; // the common case: this character cannot start a repair for this page
                    continue;
                }
                Repair repair = repairAt(text, i, page);
                if (repair == null) {
                    i++;
                    continue;
                }
                TextRange range = new TextRange(i, repair.end());
                if (reported.stream().noneMatch(range::overlaps)) {
                    reported.add(range);
                    sink.report(range, "Mojibake: `" + text.substring(i, repair.end()) + "` is `" + repair.decoded()
                                    + "` read as " + page.name(),
                            new Fix("Replace with `" + repair.decoded() + "`",
                                    List.of(TextEdit.replace(i, repair.end(), repair.decoded())), page.safety()));
                }
                i = repair.end();
            }
        }
        reportUnrepairableCyrillic(document, sink, reported, survey.firstCyrillicLead());
    }

    /** Which code pages may start a repair (bit i for {@code CODE_PAGES.get(i)}), and the first of д-й or -1. */
    private record Survey(int pages, int firstCyrillicLead) {}

    /**
     * What decides the scans below, asked of the document's {@link CharPresence} rather than a walk of the text.
     * Chinese text has characters that can lead for GBK but rarely any for cp1252 or cp1251, and a scan of every
     * character per code page, plus one for the Cyrillic shape, cost more than the repairs; a page without a
     * possible lead has nothing to find. GBK's bit is set whenever the text has a non-ASCII character (nearly
     * every Chinese ideograph may lead): its own scan, which looks at each character's starts anyway, decides.
     */
    private static Survey survey(char[] text, CharPresence present) {
        int pages = 0;
        for (int p = 0; p < CODE_PAGES.size(); p++) {
            boolean gbk = CODE_PAGES.get(p).bytes() == null;
            if (gbk ? present.hasAny('\u0080', '\uFFFF') : present.intersects(LEADS[p])) {
                pages |= 1 << p;
            }
        }
        int firstCyrillic = -1;
        if (present.hasAny('д', 'й')) {
            for (int i = 0; i < text.length && firstCyrillic < 0; i++) {
                firstCyrillic = text[i] >= 'д' && text[i] <= 'й' ? i : -1;
            }
        }
        return new Survey(pages, firstCyrillic);
    }

    /** Per single-byte code page, the characters {@link #mayLead} accepts, as bits for {@link CharPresence#intersects}. */
    private static final CharSet[] LEADS = leads();

    private static CharSet[] leads() {
        CharSet[] leads = new CharSet[CODE_PAGES.size()];
        for (int p = 0; p < CODE_PAGES.size(); p++) {
            CodePage page = CODE_PAGES.get(p);
            if (page.bytes() != null) {
                // Set in place (this runs interpreted at start-up, once per code page).
                long[] bits = new long[1 << 10];
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    if (mayLead((char) c, page)) {
                        bits[c >>> 6] |= 1L << c;
                    }
                }
                leads[p] = new CharSet(bits);
            }
        }
        return leads;
    }

    private record Repair(int end, String decoded) {}

    /**
     * The longest span from {@code start} whose characters map back to bytes forming complete, valid UTF-8
     * with at least one multi-byte sequence; null when there is none worth reporting.
     */
    private static Repair repairAt(String text, int start, CodePage page) {
        char first = text.charAt(start);
        if (first < 0x80) {
            return null;
        }
        if (!startsWithRepairableSequences(text, start, page, page.minDecoded())) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int bestEnd = -1;
        String bestDecoded = null;
        for (int i = start; i < text.length() && i - start < 400; i++) {
            byte[] b = bytesOf(text.charAt(i), page);
            if (b == null) {
                break;
            }
            if (b[0] >= 0 || (b.length > 1 && b[1] >= 0)) {
                break; // an ASCII byte: no longer prefix can decode to non-ASCII characters only
            }
            bytes.writeBytes(b);
            byte[] soFar = bytes.toByteArray();
            int complete = completeUtf8Prefix(soFar);
            if (complete < 0) {
                break; // invalid UTF-8: the span cannot grow past here
            }
            if (complete == soFar.length) {
                // Every byte is >= 0x80 (see above), so every decoded character is non-ASCII.
                bestEnd = i + 1;
                bestDecoded = new String(soFar, StandardCharsets.UTF_8);
            }
        }
        if (bestDecoded == null || bestDecoded.codePointCount(0, bestDecoded.length()) < page.minDecoded()
                || bestEnd - start <= bestDecoded.length() || !readsBetter(bestDecoded)) {
            return null;
        }
        return new Repair(bestEnd, bestDecoded);
    }

    /**
     * Which code pages' repairs may start at {@code c} (bit i for {@code CODE_PAGES.get(i)}). For a single-byte
     * page, its byte must lead a multi-byte UTF-8 sequence; for GBK, its two bytes must also begin a sequence
     * {@link #startsWithRepairableSequences} accepts (a continuation byte second, and when the two bytes are a
     * whole sequence, a character a repair may hold). In Chinese text most ideographs have a GBK byte that
     * could lead; about half fail on the second byte, which this tells with one lookup, not a call per start.
     * Memoised per character for the reason {@link #gbk} is.
     */
    static int starts(char c) {
        int starts = STARTS[c];
        return starts >= 0 ? starts : computeStarts(c); // small enough for C1 to inline into the scans
    }

    private static int computeStarts(char c) {
        int starts = 0;
        for (int p = 0; p < CODE_PAGES.size(); p++) {
            CodePage page = CODE_PAGES.get(p);
            if (page.bytes() == null ? mayStartGbk(c) : mayLead(c, page)) {
                starts |= 1 << p;
            }
        }
        int bytes = c < 0x80 ? 0 : gbk(c) & 0xFFFF;
        if (bytes != 0) {
            int first = bytes >> 8;
            starts |= first >= 0xC2 && first <= 0xF4 ? GBK_FIRST_LEADS : (first & 0xC0) == 0x80 ? GBK_FIRST_CONTINUES : 0;
            starts |= first <= 0xDF ? GBK_NEXT_LEADS : 0;
        }
        STARTS[c] = (byte) starts;
        return starts;
    }

    /** In {@link #STARTS} beside the pages' bits: the character's first GBK byte leads a UTF-8 sequence (C2-F4). */
    private static final int GBK_FIRST_LEADS = 1 << 3;
    /** The character's first GBK byte is a UTF-8 continuation byte (80-BF). */
    private static final int GBK_FIRST_CONTINUES = 1 << 4;
    /** A GBK start here is a whole two-byte sequence, so the next byte must lead the next one. */
    private static final int GBK_NEXT_LEADS = 1 << 5;

    /**
     * For a GBK start at {@code i}: whether the next character's first byte is what the start's sequence needs
     * next, a lead when the start's two bytes are a whole sequence, else a continuation. A GBK repair decodes at
     * least two characters, so without it {@link #startsWithRepairableSequences} fails at the second character:
     * asked of the table first, it spares that call for most starts (about half of all ideographs may start).
     */
    static boolean nextMayContinue(char[] chars, int i) {
        if (i + 1 >= chars.length) {
            return false;
        }
        int need = (starts(chars[i]) & GBK_NEXT_LEADS) != 0 ? GBK_FIRST_LEADS : GBK_FIRST_CONTINUES;
        return (starts(chars[i + 1]) & need) != 0;
    }

    /** {@link #starts} per character, -1 until computed; ASCII starts nothing. */
    private static final byte[] STARTS = new byte[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(STARTS, 0x80, STARTS.length, (byte) -1);
    }

    private static boolean mayStartGbk(char c) {
        int bytes = gbk(c) & 0xFFFF;
        int lead = bytes >> 8;
        int second = bytes & 0xFF;
        return lead >= 0xC2 && lead <= 0xF4 && (second & 0xC0) == 0x80
                && (lead > 0xDF || isRepairChar((lead & 0x1F) << 6 | second & 0x3F));
    }

    /** Whether {@code c} maps back to a byte of a single-byte page that can lead a multi-byte UTF-8 sequence (C2-F4). */
    private static boolean mayLead(char c, CodePage page) {
        int lead = page.bytes()[c];
        return lead >= 0xC2 && lead <= 0xF4;
    }

    /** Whether a repair for {@code CODE_PAGES.get(page)} starts at {@code start} (for tests). */
    static boolean repairsAt(String text, int start, int page) {
        return repairAt(text, start, CODE_PAGES.get(page)) != null;
    }

    static int codePages() {
        return CODE_PAGES.size();
    }

    /**
     * Whether the bytes of the characters from {@code start} begin with {@code count} whole, well-formed
     * multi-byte UTF-8 sequences in a row (each a lead byte, then as many continuation bytes as it announces),
     * each decoding to a character a repair may hold ({@link #isRepairChar}). A repair decodes at least that
     * many characters from the start, all of them such characters, so without them the span search below
     * cannot succeed; this rejects such a start without allocating. In Chinese text many ideographs' GBK bytes
     * form two sequences by chance, nearly always of Latin, Greek or Cyrillic letters.
     */
    private static boolean startsWithRepairableSequences(String text, int start, CodePage page, int count) {
        int need = -1; // continuation bytes still wanted; -1 until the lead byte is seen
        int cp = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            int bytes;
            int width;
            if (page.bytes() == null) {
                bytes = c < 0x80 ? 0 : gbk(c) & 0xFFFF;
                width = 2;
            } else {
                bytes = page.bytes()[c];
                width = 1;
            }
            if (bytes == 0) {
                return false; // no byte for this character: the span ends here
            }
            for (int k = width - 1; k >= 0; k--) {
                int b = bytes >> (8 * k) & 0xFF;
                if (need < 0) {
                    need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -2;
                    if (need == -2) {
                        return false;
                    }
                    cp = b & (0x7F >> (need + 1));
                } else if ((b & 0xC0) != 0x80) {
                    return false;
                } else {
                    cp = cp << 6 | (b & 0x3F);
                    if (--need > 0) {
                        continue;
                    }
                    if (!isRepairChar(cp)) {
                        return false; // a sequence that is not well formed gets here too, and could not be repaired either
                    }
                    if (--count == 0) {
                        return true;
                    }
                    need = -1;
                }
            }
        }
        return false;
    }

    /** Repaired text must be ordinary: CJK, or common symbols, not more exotic characters. */
    private static boolean readsBetter(String decoded) {
        return decoded.codePoints().allMatch(Mojibake::isRepairChar);
    }

    private static boolean isRepairChar(int cp) {
        return Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x30FF)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x2010 && cp <= 0x2027)
                || cp == 0x2122 || (cp >= 0xAC00 && cp <= 0xD7A3);
    }

    /**
     * Bytes up to which {@code bytes} holds complete valid UTF-8 sequences, the length when a valid but
     * incomplete sequence ends it too, or -1 when it is not valid UTF-8.
     */
    private static int completeUtf8Prefix(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need < 0) {
                return -1;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= bytes.length) {
                    return i; // incomplete but valid so far
                }
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            i += need + 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return bytes.length;
        } catch (CharacterCodingException e) {
            return -1; // overlong or surrogate encodings
        }
    }

    private static byte[] bytesOf(char c, CodePage page) {
        if (page.bytes() == null) {
            short gbk = c < 0x80 ? 0 : gbk(c);
            return gbk == 0 ? null : new byte[] {(byte) (gbk >> 8), (byte) gbk};
        }
        short b = page.bytes()[c];
        return b == 0 ? null : new byte[] {(byte) b};
    }

    /**
     * The two GBK bytes of {@code c} as one short, 0 when GBK has no two-byte code for it. Memoised per
     * character rather than tabulated up front: a file touches a few hundred to a few thousand distinct
     * characters, and encoding just those costs far less than building the 65,536-entry table did (~8 ms of
     * a one-file check, even done by decoding). Two threads may both encode a character; they store the same
     * value, and a short is written atomically, so the race is harmless.
     */
    static short gbk(char c) {
        short bytes = GbkBytes.MEMO[c];
        if (bytes == GbkBytes.UNKNOWN) {
            bytes = GbkBytes.encode(c);
            GbkBytes.MEMO[c] = bytes;
        }
        return bytes;
    }

    private static final class GbkBytes {
        /** No GBK code is FF FF (neither byte goes above FE), so it can mark "not yet encoded". */
        static final short UNKNOWN = (short) 0xFFFF;
        static final short[] MEMO = new short[Character.MAX_VALUE + 1];
        private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(() -> GBK.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

        static {
            java.util.Arrays.fill(MEMO, UNKNOWN);
        }

        static short encode(char c) {
            if (c < 0x80 || Character.isSurrogate(c)) {
                return 0;
            }
            try {
                ByteBuffer bytes = ENCODER.get().reset().encode(CharBuffer.wrap(new char[] {c}));
                return bytes.remaining() == 2 ? (short) (((bytes.get() & 0xFF) << 8) | (bytes.get() & 0xFF)) : 0;
            } catch (CharacterCodingException e) {
                return 0;
            }
        }
    }

    private static void reportUnrepairableCyrillic(CorpusDocument document, DiagnosticSink sink, List<TextRange> reported, int first) {
        String text = document.text();
        if (first < 0) {
            return; // the shape starts with one of д-й: most documents have none, and need no regex scan
        }
        for (TextRange range : cyrillicShapes(text, document.chars(), first)) {
            if (reported.stream().anyMatch(range::overlaps)) {
                continue;
            }
            sink.report(range, "Mojibake: `" + text.substring(range.start(), range.end())
                    + "` looks like UTF-8 read as a Cyrillic code page; no exact repair is known");
        }
    }

    /**
     * Where {@link #CYRILLIC_SHAPE} matches in {@code text} from {@code first}: what {@code find} gives, found by
     * trying the shape only where it can start, at one of д-й ({@code lookingAt}), as find's matches are the
     * leftmost. A Russian article holds д-й throughout, and the search from every character after the first
     * of them was most of this rule's time in such files.
     */
    static List<TextRange> cyrillicShapes(String text, char[] chars, int first) {
        List<TextRange> shapes = new java.util.ArrayList<>();
        Matcher m = CYRILLIC_SHAPE.matcher(text);
        for (int i = Math.max(first, 0); i < chars.length; ) {
            if (chars[i] < 'д' || chars[i] > 'й' || !m.region(i, chars.length).lookingAt()) {
                i++;
                continue;
            }
            shapes.add(new TextRange(m.start(), m.end()));
            i = m.end();
        }
        return shapes;
    }


    private static boolean hasSuspects(char[] text) {
        for (char c : text) {
            if ((c >= 0xC0 && c <= 0xFF) || (c >= 0x0430 && c <= 0x044F) || (c >= 0x4E00 && c <= 0x9FFF)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Character-to-byte table of single-byte code pages for bytes 0x80-0xFF (0: no byte); earlier pages
     * win. Indexed by character, since every character of every file is looked up.
     */
    private static short[] reverse(String... charsets) {
        short[] table = new short[Character.MAX_VALUE + 1];
        for (String name : charsets) {
            for (int b = 0x80; b <= 0xFF; b++) {
                String decoded = new String(new byte[] {(byte) b}, Charset.forName(name));
                if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' && table[decoded.charAt(0)] == 0) {
                    table[decoded.charAt(0)] = (short) b;
                }
            }
        }
        return table;
    }
}
