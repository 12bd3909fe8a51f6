package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusDocumentTest {
    @Test
    void charsAreTheTextMadeOnceAndShared() {
        CorpusDocument document = CorpusDocument.fromText("a.md", "---\ntitle: 标题\n---\n正文“引号”\r\n😀 end");
        assertEquals(document.text(), new String(document.chars()));
        assertTrue(document.chars() == document.chars(), "one array per document, not a copy per rule");
    }

    @Test
    void anElementWhoseRecordedEndTagPrecedesItsStartHasNoRange() {
        // Found by LspRobustnessTest's random edits: jsoup closes the <font> implicitly when <div> opens
        // inside <p>, and records an end position before the element's start; BP111 then failed.
        CorpusDocument document = CorpusDocument.fromText("a.html", "<p><font id=innity-in-post><div>打");
        // jsoup reopens the <font> inside the <div>; that copy's end is recorded before its start.
        org.jsoup.nodes.Element copy = document.body().html().select("font").last();
        org.junit.jupiter.api.Assertions.assertNull(document.body().rangeOf(copy));
        // Lint.run fails the test if the rule throws; the original element is still reported.
        var found = dev.corpuslint.rules.Lint.run(dev.corpuslint.rules.Lint.rule("BP111"), "a.html", "<p><font id=innity-in-post><div>打");
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).range().start());
    }

    @Test
    void findsFrontMatterAndBody() {
        CorpusDocument doc = CorpusDocument.fromText("a.md", "---\ntitle: 标题\n---\n正文\n");
        FrontMatter fm = doc.frontMatter().orElseThrow();
        assertEquals("title: 标题\n", fm.contentText());
        assertTrue(fm.isClosed());
        assertEquals("正文\n", doc.text(doc.body().range()));
        assertTrue(fm.yaml().isPresent());
    }

    @Test
    void noFrontMatterMeansTheWholeTextIsBody() {
        CorpusDocument doc = CorpusDocument.fromText("a.txt", "當前位置:首頁 > 新聞\n\n正文\n");
        assertFalse(doc.frontMatter().isPresent());
        assertEquals(0, doc.body().range().start());
        assertEquals(BodyKind.PLAIN, doc.body().kind());
    }

    @Test
    void anUnclosedBlockHasItsBodyAfterTheFence() {
        CorpusDocument doc = CorpusDocument.fromText("a.md", "---\ntitle: x\n");
        assertFalse(doc.frontMatter().orElseThrow().isClosed());
        assertEquals(4, doc.body().range().start());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.txt|<div>\\n<p>正文</p>|HTML",
        "a.html|正文一段。|PLAIN",
        "a.html|# 标题|MARKDOWN",
        "a.md|正文一段。|MARKDOWN",
        "a.txt|![](x.png)|MARKDOWN",
    })
    void detectsTheBodyKindFromContentFirst(String name, String body, BodyKind kind) {
        CorpusDocument doc = CorpusDocument.fromText(name, "---\ntitle: x\n---\n" + body.replace("\\n", "\n") + "\n");
        assertEquals(kind, doc.body().kind());
    }

    @Test
    void yamlPositionsCountCodePoints() {
        String text = "---\ntitle: 𠀀\ndate: x\n---\n";
        CorpusDocument doc = CorpusDocument.fromText("a.md", text);
        var root = (org.snakeyaml.engine.v2.nodes.MappingNode) doc.frontMatter().orElseThrow().yaml().orElseThrow();
        var value = root.getValue().get(1).getValueNode();
        assertEquals(text.indexOf("x\n"), doc.frontMatter().orElseThrow().rangeOf(value).start());
    }

    /** Indented code: four spaces or a tab after a blank line, up to the first line that is not indented. */
    @org.junit.jupiter.api.Test
    void indentedCodeBlocksAreCode() {
        String text = "正文第一段\n\n    code one\n\tcode two\n正文第二段\n\n   three spaces\n\n\tlast";
        CorpusDocument doc = CorpusDocument.fromText("a.md", text);
        java.util.function.Predicate<String> code = s -> doc.body().isCodeOrInvisible(text.indexOf(s));
        org.junit.jupiter.api.Assertions.assertTrue(code.test("code one"));
        org.junit.jupiter.api.Assertions.assertTrue(code.test("code two"));
        org.junit.jupiter.api.Assertions.assertFalse(code.test("正文第二段"));
        org.junit.jupiter.api.Assertions.assertFalse(code.test("正文第一段"));
        org.junit.jupiter.api.Assertions.assertFalse(code.test("three spaces"));
        org.junit.jupiter.api.Assertions.assertTrue(code.test("last"), "a block at the very end, without a line break");
    }

    /** fromBytes keeps a copy, safe from the caller's later writes; fromOwnBytes keeps the array it is handed. */
    @org.junit.jupiter.api.Test
    void fromOwnBytesKeepsTheArrayAndFromBytesACopy() {
        byte[] bytes = "正文\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertSame(bytes, CorpusDocument.fromOwnBytes("a.md", bytes).bytes().orElseThrow());
        CorpusDocument copied = CorpusDocument.fromBytes("a.md", bytes);
        bytes[0] = 'x';
        org.junit.jupiter.api.Assertions.assertEquals("正文\n", new String(copied.bytes().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertEquals("正文\n", copied.text());
    }

    /**
     * Held without its text, a document answers its path, encoding and line index, and says plainly that it has
     * no text when asked for it or for anything made from it; a text its index cannot do without is kept.
     */
    @Test
    void aDocumentHeldWithoutItsTextKeepsItsPositionsAndRefusesTheRest() {
        byte[] bytes = "---\ntitle: 标题\n---\n\u3000\u3000正文。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CorpusDocument document = CorpusDocument.fromOwnBytes("site/a.md", bytes);
        CorpusDocument held = document.detachedWithoutText();
        assertEquals("site/a.md", held.path());
        assertEquals(document.encoding(), held.encoding());
        assertTrue(held.lines().isWithoutText());
        assertEquals(document.lines().contentStart(3), held.lines().contentStart(3));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, held::text);
        assertTrue(e.getMessage().startsWith("site/a.md: "), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, held::frontMatter);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, held::chars);

        CorpusDocument tagged = CorpusDocument.fromOwnBytes("b.md", "<p>正文</p>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("<p>正文</p>\n", tagged.detachedWithoutText().text());
    }
}
