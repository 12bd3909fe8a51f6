package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyLinesTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "海量资讯、精准解读，尽在新浪财经APP => 海量资讯、精准解读,尽在新浪财经app",
        "征订热线：０１０　82341063 => 征订热线:01082341063",
        "當(dāng)前位置:首頁(yè) => 當前位置:首頁",
        "版本(beta)与(v2) => 版本(beta)与(v2)",
        "Ａｂｃ D => abcd",
    })
    void normalisesWidthCaseSpacingAndLeakedPinyin(String text, String key) {
        assertEquals(key, BodyLines.normalize(text));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "<p class=\"article-editor\">责任编辑：张玫 </p> => 责任编辑：张玫",
        "a <b>c</b> <!-- x --> d => a c  d",
        "1 < 2 and x<y => 1 < 2 and x<y",
        "**加粗的一行** => 加粗的一行",
        "<!-- open comment to the end => ''",
    })
    void visibleTextDropsTagsCommentsAndEmphasis(String line, String visible) {
        assertEquals(visible, VisibleText.of(line));
    }
}
