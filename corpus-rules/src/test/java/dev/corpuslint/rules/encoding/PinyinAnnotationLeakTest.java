package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinAnnotationLeakTest {
    private final PinyinAnnotationLeak rule = new PinyinAnnotationLeak();

    @Test
    void removesSystematicPinyinAndKeepsRealParentheticals() {
        String text = "當(dāng)前位置:首頁(yè) > 新聞\n\n重慶深入開(kāi)展網(wǎng)絡(luò)直播(集團)\n\n(記者 顏若雯)\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(2, found.size(), "one finding per line");
        assertEquals("2 pinyin annotations leaked into this line (當(dāng), …)", found.get(0).message());
        assertEquals("當前位置:首頁 > 新聞\n\n重慶深入開展網絡直播(集團)\n\n(記者 顏若雯)\n", Lint.fix(rule, text, false));
    }

    @Test
    void ignoresExamplesQuotedInCode() {
        assertEquals(List.of(), Lint.run(rule, "I searched for `當(dāng)前位置`, `新聞(wén)` and `(zhōng)國(guó)`.\n"));
    }

    @Test
    void removesZhuyin() {
        assertEquals("當前位置首頁新聞\n", Lint.fix(rule, "當(ㄉㄤ)前位置首(ㄕㄡˇ)頁(ㄧㄝˋ)新聞\n", false));
    }

    @Test
    void aFewDeliberateHintsAreNotALeak() {
        assertEquals(List.of(), Lint.run(rule, "這個字讀作行(háng)，不是行(xíng)。\n"));
    }

    @Test
    void untonedLatinAndEnglishAreNotPinyin() {
        assertEquals(List.of(), Lint.run(rule, "公司(abc)和(AI)與(xyz)及(test)\n"));
    }
}
