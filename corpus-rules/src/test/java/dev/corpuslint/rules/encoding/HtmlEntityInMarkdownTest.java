package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEntityInMarkdownTest {
    private final HtmlEntityInMarkdown rule = new HtmlEntityInMarkdown();

    @Test
    void decodesNamedNumericAndDoubleEscapedReferences() {
        String text = "他说&ldquo;好&rdquo;，转载&amp;quot;注明&amp;quot;，符号&#169;与&#x4E2D;和&#123;x&#125;\n";
        assertEquals(8, Lint.run(rule, text).size());
        assertEquals("他说“好”，转载\"注明\"，符号©与中和{x}\n", Lint.fix(rule, text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a &lt;b&gt; &amp; c", "`&ldquo;`", "<p>&ldquo;</p>", "&#42;不是强调&#42;", "{&#123;模板&#125;}", "&notanentity;",
        "<!-- &ldquo; -->", "> <title>&#19990;&#30028;</title>", "文字 <span>&ldquo;</span>",
    })
    void leavesMeaningfulOrNonProseReferences(String line) {
        assertEquals(List.of(), Lint.run(rule, line + "\n"));
    }

    @Test
    void ignoresHtmlBodies() {
        assertEquals(List.of(), Lint.run(rule, "a.txt", "<div>\n<p>&ldquo;好&rdquo;</p>\n</div>\n"));
    }
}
