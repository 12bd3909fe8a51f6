package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BigramFilterTest {
    private static final String BODY = "---\ntitle: t\n---\n新华社北京电 记者从国务院新闻办公室获悉。<div class=\"advert\">广告</div> 责任编辑：张三\n";

    @Test
    void neverRulesOutTextThatIsThere() {
        BigramFilter filter = BigramFilter.ofBody(CorpusDocument.fromText("a.md", BODY));
        String body = BODY.substring(BODY.indexOf("新"));
        Random random = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(body.length() - 2);
            String piece = body.substring(start, start + 2 + random.nextInt(Math.min(12, body.length() - start - 2)));
            assertTrue(filter.mayContain(piece), piece);
        }
    }

    @Test
    void rulesOutLiteralsWithAPairTheBodyLacks() {
        BigramFilter filter = BigramFilter.ofBody(CorpusDocument.fromText("a.md", BODY));
        assertFalse(filter.mayContain("扫码关注"));
        assertFalse(filter.mayContain("dfp-ad"));
        assertFalse(filter.mayContain("title"), "front matter is not part of the body");
        assertTrue(filter.mayContain("advert"));
    }
}
