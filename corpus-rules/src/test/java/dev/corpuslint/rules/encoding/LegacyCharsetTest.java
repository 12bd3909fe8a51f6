package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyCharsetTest {
    private final LegacyCharset rule = new LegacyCharset();
    private static final String SIMPLIFIED = "---\ntitle: 国家网信办组织召开专题会议\n---\n会议指出，在党中央坚强领导下，按照国家打击治理跨境赌博工作统一部署，"
            + "国家网信办会同工业和信息化部、公安部等有关部门，紧盯境外赌博网站平台。\n";
    private static final String TRADITIONAL = "---\ntitle: 重慶深入開展網絡直播行業專項整治\n---\n記者注意到，我市將重點整治網民反映突出的天價打賞、激情打賞、"
            + "未成年人打賞、直播變相賭博等問題，依法依規關掉一批違法違規直播平臺。\n";

    @Test
    void namesGb18030ForSimplifiedChineseInGbk() {
        List<Diagnostic> found = Lint.runBytes(rule, SIMPLIFIED.getBytes(Charset.forName("GBK")));
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("GB18030"), found.get(0).message());
        assertEquals(Applicability.UNSAFE, found.get(0).fix().applicability());
    }

    @Test
    void namesBig5ForTraditionalChinese() {
        List<Diagnostic> found = Lint.runBytes(rule, TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("Big5"), found.get(0).message());
    }

    @Test
    void unsafeFixTranscodesToUtf8KeepingTheText() {
        CorpusDocument doc = CorpusDocument.fromBytes("a.md", SIMPLIFIED.getBytes(Charset.forName("GB18030")));
        assertEquals(SIMPLIFIED, doc.text());
        FixResult result = new FixEngine(new Linter(List.of(rule))).fix(doc, true);
        assertEquals(StandardCharsets.UTF_8, result.fixed().encoding().charset());
        assertEquals(SIMPLIFIED, result.fixed().text());
        assertTrue(new FixEngine(new Linter(List.of(rule))).fix(doc, false).applied().isEmpty(), "not a safe fix");
    }

    @Test
    void acceptsUtf8() {
        assertEquals(List.of(), Lint.runBytes(rule, SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
    }
}
