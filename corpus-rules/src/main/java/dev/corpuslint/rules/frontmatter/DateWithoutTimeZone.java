package dev.corpuslint.rules.frontmatter;

import dev.corpuslint.rules.config.FrontMatterSchema;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A publication date-time without a time zone ({@code 2021-06-09 15:18}). YAML reads a zone-less time as
 * UTC, so a Beijing time is shifted by eight hours. With the corpus's {@code time-zone} configured, the
 * fix writes the offset that zone had on that day.
 */
public final class DateWithoutTimeZone implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "FM012", "date-without-time-zone", Family.FRONT_MATTER,
            "Publication date-times must carry a time zone",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    /** Publication dates only: a crawler's own `fetch_date` is machine time, usually UTC by convention. */
    static final Set<String> KEYS = Set.of("date", "updated", "lastmod", "last_modified", "modified", "published",
            "pubdate", "publishdate", "publish_date", "created");
    private static final Pattern ZONELESS = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?");

    private final FrontMatterSchema schema;

    public DateWithoutTimeZone(FrontMatterSchema schema) {
        this.schema = schema;
    }

    public DateWithoutTimeZone() {
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
            if (!KEYS.contains(entry.key().toLowerCase(Locale.ROOT)) || !(entry.value() instanceof ScalarNode value)) {
                continue;
            }
            ScalarNode key = entry.keyNode();
            Matcher m = ZONELESS.matcher(value.getValue().strip());
            if (!m.matches()) {
                continue;
            }
            TextRange range = fm.rangeOf(value);
            String message = "`" + key.getValue() + "` has no time zone: YAML reads `" + value.getValue().strip() + "` as UTC";
            if (schema.timeZone().isEmpty()) {
                sink.report(range, message + " (set front-matter.time-zone to get a fix)");
                continue;
            }
            String iso = withZone(m, schema.timeZone().get());
            String quote = YamlNodes.quoteOf(value);
            sink.report(range, message, Fix.unsafe("Write as `" + iso + "` (" + schema.timeZone().get() + ")",
                    TextEdit.replace(range.start(), range.end(), quote + iso + quote)));
        }
    }

    /** The matched date-time with the zone's offset on that day: `2021-06-09T15:18:00+08:00`. */
    static String withZone(Matcher m, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String fraction = m.group(7) == null ? "" : m.group(7);
        String offset = local.atZone(zone).getOffset().getId();
        return SECONDS.format(local) + fraction + ("Z".equals(offset) ? "+00:00" : offset);
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
}
