package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.FrontMatter;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.corpuslint.rules.config.FrontMatterSchema;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A date field that is not ISO 8601. RSS pipelines copy RFC 1123 dates ({@code Wed, 09 Jun 2021 07:18:08 GMT})
 * into front matter, where YAML reads them as plain strings, so sorting and date queries break.
 */
public final class NonIsoDate implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM003", "non-iso-date", Family.FRONT_MATTER,
            "Front-matter dates must be ISO 8601",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.SAFE);

    static final Set<String> DATE_KEYS = Set.of(
            "date", "updated", "update", "lastmod", "last_modified", "modified", "published", "pubdate",
            "publishdate", "publish_date", "created", "fetch_date", "expirydate");

    /**
     * ISO 8601 dates and date-times as YAML 1.1 timestamps also allow them: a space may stand for the
     * {@code T}, and seconds, fractions and the zone are optional. Read by hand ({@link #isIso}); the pattern
     * is its definition, which the tests hold it to.
     */
    static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?[ \\t]*(?:Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern RFC_1123_SHAPE = Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{4}\\s+\\d{2}:\\d{2}(?::\\d{2})?\\s+(?:GMT|UTC|UT|Z|[+-]\\d{4}|[A-Z]{3})");

    /** `2021年06月09日` or `2021年6月9日 15:18`, as Chinese sites print dates. */
    private static final Pattern CHINESE = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

    private final FrontMatterSchema schema;

    public NonIsoDate(FrontMatterSchema schema) {
        this.schema = schema;
    }

    public NonIsoDate() {
        this(FrontMatterSchema.DEFAULT);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        FrontMatter fm = document.frontMatter().orElse(null);
        for (YamlNodes.Entry entry : YamlNodes.entries(document)) {
            if (DATE_KEYS.contains(entry.key().toLowerCase(Locale.ROOT)) && entry.value() instanceof ScalarNode value) {
                checkValue(fm, entry.key(), value, sink, schema);
            }
        }
    }

    /**
     * {@link #ISO} matches the whole of {@code s}, read by hand: nearly every dated file runs it, and the
     * pattern is a fixed sequence whose optional parts can each be taken whenever they are there (a part
     * left out would leave a character nothing after it accepts). NonIsoDateTest holds it to the pattern.
     */
    static boolean isIso(String s) {
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)) {
            return false;
        }
        if (n == 10) {
            return true;
        }
        char t = s.charAt(10);
        if (t != 'T' && t != 't' && t != ' ' || n < 16 || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)) {
            return false;
        }
        int i = 16;
        if (i + 2 < n && s.charAt(i) == ':' && digits(s, i + 1, 2)) {
            i += 3;
            if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',') && digits(s, i + 1, 1)) {
                i += 2;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i < n && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            i++;
        } else if (i + 2 < n && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, 2)) {
            i += 3;
            if (i + 2 < n && s.charAt(i) == ':' && digits(s, i + 1, 2)) {
                i += 3;
            } else if (i + 1 < n && digits(s, i, 2)) {
                i += 2;
            }
        }
        return i == n;
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void checkValue(FrontMatter fm, String key, ScalarNode value, DiagnosticSink sink, FrontMatterSchema schema) {
        String raw = value.getValue().strip();
        if (raw.isEmpty() || isIso(raw)) {
            return;
        }
        TextRange range = fm.rangeOf(value);
        Matcher chinese = CHINESE.matcher(raw);
        if (chinese.matches()) {
            reportChineseDate(key, raw, chinese, range, YamlNodes.quoteOf(value), sink, schema);
            return;
        }
        String iso = rfc1123ToIso(raw);
        if (iso == null) {
            sink.report(range, "`" + key + "` is not an ISO 8601 date: `" + raw + "`");
            return;
        }
        String quote = YamlNodes.quoteOf(value);
        boolean replaceable = value.getScalarStyle() == ScalarStyle.PLAIN || !quote.isEmpty();
        if (!replaceable) {
            sink.report(range, "`" + key + "` is an RFC 1123 date, not ISO 8601: `" + raw + "`");
            return;
        }
        sink.report(range, "`" + key + "` is an RFC 1123 date, not ISO 8601: `" + raw + "`",
                Fix.safe("Rewrite as `" + iso + "`", TextEdit.replace(range.start(), range.end(), quote + iso + quote)));
    }

    /**
     * A date alone converts exactly (safe). A date with a time needs the corpus's time zone, since YAML
     * would read a zone-less time as UTC; without one configured there is no fix.
     */
    private static void reportChineseDate(String key, String raw, Matcher m, TextRange range, String quote,
            DiagnosticSink sink, FrontMatterSchema schema) {
        String date = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        String message = "`" + key + "` is a Chinese-format date, not ISO 8601: `" + raw + "`";
        if (m.group(4) == null) {
            sink.report(range, message, Fix.safe("Rewrite as `" + date + "`", TextEdit.replace(range.start(), range.end(), quote + date + quote)));
            return;
        }
        if (schema.timeZone().isEmpty()) {
            sink.report(range, message + " (set front-matter.time-zone to get a fix)");
            return;
        }
        java.time.LocalDateTime local = java.time.LocalDateTime.of(java.time.LocalDate.parse(date),
                java.time.LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atZone(schema.timeZone().get()).toOffsetDateTime());
        sink.report(range, message, new Fix("Rewrite as `" + iso + "` (" + schema.timeZone().get() + ")",
                java.util.List.of(TextEdit.replace(range.start(), range.end(), quote + iso + quote)), Applicability.UNSAFE));
    }

    /** The same instant in ISO 8601, or null when the text is not an RFC 1123 date. */
    static String rfc1123ToIso(String text) {
        if (!RFC_1123_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME);
            return time.getOffset().equals(ZoneOffset.UTC)
                    ? DateTimeFormatter.ISO_INSTANT.format(time.toInstant())
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
