package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnbalancedHtmlTagTest {
    private final UnbalancedHtmlTag rule = new UnbalancedHtmlTag();

    @Test
    void reportsUnclosedElementAtItsOpeningTag() {
        String text = "<div class=\"figure\"><strong>图一</div>\n";
        List<Diagnostic> found = Lint.run(rule, "a.html", text);
        assertEquals(1, found.size());
        assertEquals("<strong>", Lint.at(text, found.get(0)));
        assertEquals("`<strong>` is not closed", found.get(0).message());
    }

    @Test
    void reportsStrayClosersAndElementsLeftOpenAtTheEnd() {
        List<Diagnostic> found = Lint.run(rule, "a.html", "<div>\n<a href=x>链接\n</span>\n");
        assertEquals(List.of("`<div>` is not closed", "`<a>` is not closed", "`</span>` closes no open element"),
                found.stream().map(Diagnostic::message).toList());
    }

    @Test
    void reportsAnUnclosedComment() {
        assertEquals("HTML comment is not closed with `-->`", Lint.run(rule, "a.html", "<p>正文</p>\n<!-- 广告\n<p>更多</p>\n").get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div><p>一<p>二<ul><li>三<li>四</ul></div>", "<br><img src=a.png><hr/><div/>", "<table><tr><td>1<td>2</table>",
        "<style>.a{}</style><script>if (a<b) {}</script>", "<o:p></o:p><span lang=\"EN-US\">1</span>",
        "`<div>` 是代码", "```\n<div>\n```", "<!-- <div> -->", "<https://example.com> 是链接", "a < b > c",
        "ssh-copy-id -i ~/.ssh/id_rsa <user>@<host>", "std::allocator<char> >::pointer", "Mutex<RustVulnState>", "返回 <data> 字段",
        "正文\n\n    <form action=\"x\">\n    <div>\n\n正文", "and it filters only <script>, <img>, alert", "字符串 \"</script> </body>\" 结尾",
    })
    void acceptsBalancedMarkupAndNonMarkup(String text) {
        assertEquals(List.of(), Lint.run(rule, text + "\n"));
    }
}
