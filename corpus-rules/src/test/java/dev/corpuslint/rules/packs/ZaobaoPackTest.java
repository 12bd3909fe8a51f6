package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZaobaoPackTest {
    @Test
    void onlyMillisecondTimestampsAreFeedResidue() {
        assertEquals("正文。\n", Lint.fix(Lint.rule("BP401"), "<!--1619064840000-->\n正文。\n", false));
        assertEquals(List.of(), Lint.run(Lint.rule("BP401"), "<!--161906484000-->\n<!-- 2021 -->\n正文。\n"));
    }
}
