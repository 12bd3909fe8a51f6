package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
import dev.corpuslint.rules.document.LineIndex;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * An unquoted text value that YAML does not read as the text written: {@code title: 关注 | a: b} is a
 * syntax error, {@code title: [直播预告] 新品发布} is a broken list, {@code title: C# 入门 #1} loses its {@code #1}
 * (a {@code #} after a space starts a comment; one inside a word, as in C#, does not). Scrapers write titles
 * verbatim; quoting them keeps exactly what was written.
 */
public final class MisreadYamlValue implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM008", "misread-yaml-value", Family.FRONT_MATTER,
            "Text values that YAML would misread must be quoted",
            Severity.ERROR, FixAvailability.ALWAYS, Applicability.SAFE);

    /** Keys whose values are free text; a date or a number under other keys is meant to be typed. */
    static final Set<String> TEXT_KEYS = Set.of("title", "subtitle", "description", "summary", "excerpt", "author", "source");
    static final int MAX_VALUE_LENGTH = 4096;
    /** Immutable, so built once: every text value of every document is loaded with them. */
    private static final LoadSettings LOAD_SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(1).build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        if (fm == null || !fm.isClosed()) {
            return;
        }
        LineIndex lines = document.lines();
        int first = lines.lineOf(fm.content().start());
        int last = lines.lineOf(fm.closeFence().orElseThrow().start());
        for (int line = first; line < last; line++) {
            String text = lines.lineText(line);
            String key = leadingKey(text);
            if (!TEXT_KEYS.contains(key)) {
                continue; // an entry's key is this run, so the line cannot hold a text value
            }
            long bounds = valueBounds(text, key.length());
            if (bounds < 0 || isContinued(lines, line, last)) {
                continue;
            }
            int valueStart = (int) (bounds >>> 32);
            String value = text.substring(valueStart, (int) bounds);
            // Each value is parsed on its own, and snakeyaml's time grows faster than linearly with a scalar's
            // length; a value this long is prose that was pasted, never the short date or number YAML misreads.
            if (value.length() > MAX_VALUE_LENGTH || isSurelyPlainText(value) || readsAsWritten(key, value)) {
                continue;
            }
            int start = lines.lineStart(line) + valueStart;
            TextRange range = new TextRange(start, start + value.length());
            String quoted = "'" + value.replace("'", "''") + "'";
            if (!readsAsWritten(key, quoted, value)) {
                sink.report(range, "`" + key + "` is not read as the text written");
                continue;
            }
            sink.report(range, "`" + key + "` is not read as the text written; quote it",
                    Fix.safe("Quote the value", TextEdit.replace(range.start(), range.end(), quoted)));
        }
    }

    private static final Pattern CONTINUATION = Pattern.compile("[ \\t]+\\S.*");

    /** An indented next line continues a multi-line value, which this rule does not rewrite. */
    private static boolean isContinued(LineIndex lines, int line, int last) {
        return line + 1 < last && CONTINUATION.matcher(lines.lineText(line + 1)).matches();
    }

    /**
     * The run of {@code [A-Za-z0-9_-]} that starts {@code line}: the only key an entry
     * ({@link #valueBounds}) can have, as the run is greedy and only {@code [ \t]*:} may follow.
     */
    static String leadingKey(String line) {
        int end = 0;
        while (end < line.length() && isKeyChar(line.charAt(end))) {
            end++;
        }
        return line.substring(0, end);
    }

    /**
     * Where the value of the entry whose key ends at {@code keyEnd} starts and ends (packed as start, end), or
     * -1 when {@code line} is not an entry with a non-empty value: what
     * {@code ^([A-Za-z_][\w-]*)([ \t]*:[ \t]+)(.*?)[ \t]*$} gives as group 3 with {@code matches()}. Read by
     * hand: the lazy group tried the rest of the pattern after every character of every title. The key is the
     * leading run ({@link #leadingKey}), blanks and a colon and at least one blank follow, the value runs to
     * the end less its trailing blanks, and a line terminator ({@code .} matches none) anywhere fails the match
     * (MisreadYamlValueTest compares the two on generated lines).
     */
    static long valueBounds(String line, int keyEnd) {
        int n = line.length();
        if (keyEnd == 0 || !isLetterOrUnderscore(line.charAt(0))) {
            return -1;
        }
        int i = keyEnd;
        while (i < n && isBlank(line.charAt(i))) {
            i++;
        }
        if (i >= n || line.charAt(i) != ':' || i + 1 >= n || !isBlank(line.charAt(i + 1))) {
            return -1;
        }
        i += 2;
        while (i < n && isBlank(line.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isBlank(line.charAt(end - 1))) {
            end--;
        }
        for (int k = i; k < n; k++) {
            char c = line.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return end > i ? (long) i << 32 | end : -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isLetterOrUnderscore(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /**
     * Whether YAML surely reads {@code value} (trimmed, after {@code key: }) as exactly that text, judged
     * from its characters: most titles and authors are, and loading each one with snakeyaml cost more than
     * the rest of the front-matter rules together. Conservative: a value this does not clear is loaded.
     * It must start with no indicator, hold no {@code :} before a space or at the end (a mapping value) and no
     * {@code #} after a space (a comment), only characters YAML prints, and a non-ASCII one or a space, which
     * no null, boolean or number form of any schema contains (a value here never starts or ends with a space:
     * English titles are cleared too), or else be one ASCII word that starts with a letter and is none of
     * YAML's booleans and nulls (an author's handle, RedTeam). A colon inside a word (14:30, 专家:疑) and a
     * hash inside one (C#) are text to YAML, and were most of the values still loaded. {@code MisreadYamlValueTest}
     * checks every value it clears against snakeyaml.
     */
    static boolean isSurelyPlainText(String value) {
        if (value.isEmpty() || value.charAt(0) == ' ' || FrontMatter.YAML_INDICATORS.indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        boolean nonAscii = false;
        boolean space = false;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (c == ':' && (i + 1 == n || value.charAt(i + 1) == ' ') || c == '#' && value.charAt(i - 1) == ' ') {
                    return false; // i > 0 for `#`: an indicator cannot start the value
                }
                space |= c == ' ';
            } else if (c >= 0xA0 && c < 0xD800 && c != '\u2028' && c != '\u2029' || c >= 0xE000 && c < 0xFFFE && c != '\uFEFF') {
                nonAscii = true;
            } else {
                return false;
            }
        }
        return nonAscii || space || isWord(value);
    }

    /** The plain words YAML reads as booleans or null in any schema, 1.1's included, lower-cased. */
    private static final Set<String> NOT_TEXT = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    /** An ASCII letter followed by letters, digits, {@code _} and {@code -}: no number, and text unless {@link #NOT_TEXT}. */
    private static boolean isWord(String value) {
        char first = value.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (!isKeyChar(value.charAt(i))) {
                return false;
            }
        }
        return !NOT_TEXT.contains(value.toLowerCase(Locale.ROOT));
    }

    private static boolean readsAsWritten(String key, String value) {
        return readsAsWritten(key, value, value.startsWith("'") || value.startsWith("\"") ? null : value);
    }

    /** Whether {@code key: source} loads as the string {@code expected} (null: any string is fine). */
    private static boolean readsAsWritten(String key, String source, String expected) {
        try {
            Object loaded = new Load(LOAD_SETTINGS).loadFromString(key + ": " + source);
            if (!(loaded instanceof Map<?, ?> map) || map.size() != 1 || !(map.get(key) instanceof String text)) {
                return false;
            }
            return expected == null || text.equals(expected);
        } catch (YamlEngineException e) {
            return false;
        }
    }
}
