package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonIsoDateTest {
    private final NonIsoDate rule = new NonIsoDate();

    @Test
    void rewritesRfc1123DateAsIsoInstant() {
        String text = "---\ndate: Wed, 09 Jun 2021 07:18:08 GMT\n---\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("Wed, 09 Jun 2021 07:18:08 GMT", Lint.at(text, found.get(0)));
        assertEquals(Applicability.SAFE, found.get(0).fix().applicability());
        assertEquals("---\ndate: 2021-06-09T07:18:08Z\n---\n", Lint.fix(rule, text, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date: 'Mon, 18 Apr 2022 10:58:11 GMT'|date: '2022-04-18T10:58:11Z'",
        "date: \"Mon, 18 Apr 2022 10:58:11 +0800\"|date: \"2022-04-18T10:58:11+08:00\"",
        "updated: Mon, 18 Apr 2022 10:58:11 GMT|updated: 2022-04-18T10:58:11Z",
    })
    void keepsQuotingAndOffset(String line, String expected) {
        assertEquals("---\n" + expected + "\n---\n", Lint.fix(rule, "---\n" + line + "\n---\n", false));
    }

    @Test
    void reportsOtherFormatsWithoutFix() {
        List<Diagnostic> found = Lint.run(rule, "---\ndate: 09/06/2021\n---\n");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @Test
    void convertsAChineseDateExactly() {
        assertEquals("---\ndate: 2021-06-09\n---\n", Lint.fix(rule, "---\ndate: 2021年6月9日\n---\n", false));
    }

    @Test
    void aChineseDateTimeNeedsTheCorpusTimeZone() {
        assertNull(Lint.run(rule, "---\ndate: 2021年06月09日 15:18\n---\n").get(0).fix());
        NonIsoDate shanghai = new NonIsoDate(new dev.corpuslint.rules.config.FrontMatterSchema(List.of(), List.of(),
                java.util.Map.of(), true, List.of(), java.util.Optional.of(java.time.ZoneId.of("Asia/Shanghai"))));
        assertEquals("---\ndate: 2021-06-09T15:18:00+08:00\n---\n", Lint.fix(shanghai, "---\ndate: 2021年06月09日 15:18\n---\n", true));
        assertEquals(Applicability.UNSAFE, Lint.run(shanghai, "---\ndate: 2021年06月09日 15:18\n---\n").get(0).fix().applicability());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "date: 2024-07-03", "date: 2021-04-22T01:43:53.303Z", "date: 2020-07-03 18:23:53.000000000 +08:00",
        "fetch_date: 2025-10-06T17:43:42.502442", "date: 2021-06-09 15:18", "title: Wed, 09 Jun 2021 07:18:08 GMT",
        "date:", "date: [2024-07-03]",
    })
    void acceptsIsoDatesAndOtherKeys(String line) {
        assertEquals(List.of(), Lint.run(rule, "---\n" + line + "\n---\n"));
    }

    /** The ISO shape read by hand matches exactly what its pattern matches, on generated dates and near misses. */
    @Test
    void isoShapeIsWhatThePatternMatches() {
        String[] pieces = {"0", "1", "9", "12", "59", ":", "-", "+", ".", ",", "T", "t", " ", "\t", "Z", "z", "x", "年",
            ":30", "+08:00", "-0500", ".123"};
        String[] leads = {"2024-07-03", "2024-07-03T10:00", "2024-07-03 10:00:00", "2024-07-0", "2024-7-03", ""};
        java.util.Random random = new java.util.Random(71);
        int iso = 0;
        for (int round = 0; round < 300_000; round++) {
            String text = dev.corpuslint.rules.document.Pieces.text(random, leads[random.nextInt(leads.length)], pieces, 26);
            boolean expected = NonIsoDate.ISO.matcher(text).matches();
            org.junit.jupiter.api.Assertions.assertEquals(expected, NonIsoDate.isIso(text), text);
            iso += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(iso > 5_000, "iso " + iso);
    }
}
