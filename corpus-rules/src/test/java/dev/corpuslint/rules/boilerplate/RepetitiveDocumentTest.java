package dev.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepetitiveDocumentTest {
    private final RepetitiveDocument rule = new RepetitiveDocument();
    private static final String LINE = "《小鹿组队电竞陪玩》（版本3.7.1，360手机助手）存在违规收集个人信息的问题。";

    @Test
    void aDocumentThatIsMostlyRepetitionIsReportedOnceWithoutAFix() {
        String text = "第一段正文内容，足够长，用来计算比例的分母部分，不算重复。\n" + (LINE + "\n").repeat(4);
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("60% of the paragraphs (3 of 5) repeat earlier ones in this document", found.get(0).message());
        assertNull(found.get(0).fix());
    }

    @Test
    void aFewRepeatsInALongDocumentAreNotReported() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append("第").append(i).append("段不同的正文内容，长度足够用于比较是否重复。\n");
        }
        text.append((LINE + "\n").repeat(4));
        assertEquals(List.of(), Lint.run(rule, text.toString()));
    }

    @Test
    void attributesRepeatedInEachEntryOfAListAreNotDuplication() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append("**").append(i).append("）业务名称：第").append(i).append("项业务**\n\n")
                    .append("活动时间：5月13日 10点 - 5月31日 全程，全部业务同时开始\n\n")
                    .append("提交地址：https://example.com/submit 以及其他说明文字\n\n");
        }
        assertEquals(List.of(), Lint.run(rule, text.toString()));
    }
}
