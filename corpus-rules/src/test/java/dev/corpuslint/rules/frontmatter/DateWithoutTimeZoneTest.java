package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.config.FrontMatterSchema;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateWithoutTimeZoneTest {
    private static final FrontMatterSchema SHANGHAI = new FrontMatterSchema(List.of(), List.of(), java.util.Map.of(), true,
            List.of(), Optional.of(ZoneId.of("Asia/Shanghai")));

    @Test
    void reportsWithoutFixWhenNoZoneIsConfigured() {
        var found = Lint.run(new DateWithoutTimeZone(), "---\ndate: 2021-06-09 15:18\n---\n");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @Test
    void unsafeFixWritesTheConfiguredZonesOffset() {
        DateWithoutTimeZone rule = new DateWithoutTimeZone(SHANGHAI);
        assertEquals("---\ndate: 2021-06-09T15:18:00+08:00\n---\n", Lint.fix(rule, "---\ndate: 2021-06-09 15:18\n---\n", true));
        assertEquals("---\ndate: '2021-06-09T15:18:08.303+08:00'\n---\n", Lint.fix(rule, "---\ndate: '2021-06-09T15:18:08.303'\n---\n", true));
        assertEquals("---\ndate: 2021-06-09 15:18\n---\n", Lint.fix(rule, "---\ndate: 2021-06-09 15:18\n---\n", false));
    }

    @Test
    void acceptsZonedAndDateOnlyValuesAndFetchDates() {
        DateWithoutTimeZone rule = new DateWithoutTimeZone(SHANGHAI);
        assertEquals(List.of(), Lint.run(rule, "---\ndate: 2020-07-03 18:23:53.000000000 +08:00\nupdated: 2024-07-03\n"
                + "published: 2021-04-22T01:43:53.303Z\nfetch_date: 2025-10-06T17:43:42.502442\n---\n"));
    }
}
