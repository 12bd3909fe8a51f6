package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HalfWidthPunctuationInCjkTest {
    private final HalfWidthPunctuationInCjk rule = new HalfWidthPunctuationInCjk();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "你好,世界|你好，世界",
        "你好, 世界|你好，世界",
        "當前位置:首頁|當前位置：首頁",
        "原標題:|原標題：",
        "真的?是的!|真的？是的！",
        "一;二|一；二",
        "他說:“好”|他說：“好”",
        "“網課”,成為|“網課”，成為",
    })
    void convertsMarksBetweenChineseCharacters(String before, String after) {
        assertEquals(after + "\n", Lint.fix(rule, before + "\n", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "共1,000人", "時間12:30開始", "見 https://a.com/x?y=1,2 中", "標題: Hello world", "`代碼,代碼`",
        "He said, hello.", "中文,", "“open source intelligence”, “strategic intelligence”", "中文“quoted”, “more”", "---\ntitle: 标题:副标题\n---\n",
    })
    void leavesOtherUsesAlone(String text) {
        assertEquals(List.of(), Lint.run(rule, text + "\n"));
    }

    @Test
    void hanLettersAreWhatTheDefinitionSays() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (HalfWidthPunctuationInCjk.isHan(cp) != HalfWidthPunctuationInCjk.isHanLetter(cp)) {
                assertEquals(HalfWidthPunctuationInCjk.isHanLetter(cp), HalfWidthPunctuationInCjk.isHan(cp), "U+" + Integer.toHexString(cp));
            }
        }
    }
}
