package dev.corpuslint.rules.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a corpus expects of its front matter.
 *
 * @param required keys that must be present and non-empty
 * @param recommended keys that should be present; an entry `url|source` is satisfied by any of them
 * @param types expected type per key: string, date, list, list-or-string, number, boolean, url
 * @param allowUnknownKeys whether keys outside {@code knownKeys}, {@code required} and {@code types} are fine
 * @param knownKeys further keys that are fine when unknown keys are not
 * @param timeZone the time zone that zone-less dates of this corpus are in, if known
 */
public record FrontMatterSchema(
        List<String> required,
        List<String> recommended,
        Map<String, String> types,
        boolean allowUnknownKeys,
        List<String> knownKeys,
        Optional<ZoneId> timeZone) {

    public static final List<String> TYPE_NAMES = List.of("string", "date", "list", "list-or-string", "number", "boolean", "url");

    public static final FrontMatterSchema DEFAULT = new FrontMatterSchema(
            List.of("title", "date"),
            List.of("url|source|from|link"),
            Map.of("title", "string", "date", "date", "tags", "list-or-string", "categories", "list-or-string", "url", "url"),
            true,
            List.of(),
            Optional.empty());

    public FrontMatterSchema {
        required = List.copyOf(required);
        recommended = List.copyOf(recommended);
        types = Map.copyOf(types);
        knownKeys = List.copyOf(knownKeys);
    }
}
