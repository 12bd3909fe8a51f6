package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class CqtvPackTest {
    @Test
    void theSiteNameCountsOnlyAmongTheLastLines() {
        assertEquals("正文。\n", Lint.fix(Lint.rule("BP501"), "正文。\n\n重慶手機(jī)臺(tái)\n", true));
        assertEquals(List.of(), Lint.run(Lint.rule("BP501"), "重庆手机台\n\n一\n\n二\n\n三\n\n四\n"));
    }
}
