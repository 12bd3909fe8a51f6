package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MixedChineseScriptsTest {
    private final MixedChineseScripts rule = new MixedChineseScripts();

    @Test
    void reportsAHalfConvertedTextAndConvertsToTheMajority() {
        String text = "重慶深入开展网络直播行业专项整治和規範管理\n記者注意到，我市將重點整治網民反映突出的問題\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("开", Lint.at(text, found.get(0)));
        assertEquals(Applicability.UNSAFE, found.get(0).fix().applicability());
        assertEquals("重慶深入開展網絡直播行業專項整治和規範管理\n記者注意到，我市將重點整治網民反映突出的問題\n", Lint.fix(rule, text, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "记者注意到，我市将重点整治网民反映突出的问题，依法依规关掉一批违法违规直播平台。",
        "記者注意到，我市將重點整治網民反映突出的問題，依法依規關掉一批違法違規直播平臺。",
        "记者注意到，我市将重点整治网民反映突出的问题，台灣的「國家」一词出现。",
        "今日热榜 开发 网络 这是 简体 导航。AlpacaHack のWriteupです。問題は難しかったので、解説を書きます。為替と關係ない話です。",
    })
    void acceptsOneScriptOrAFewQuotedCharacters(String text) {
        assertEquals(List.of(), Lint.run(rule, text + "\n"));
    }
}
