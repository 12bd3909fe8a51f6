package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.Body;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Kind {@code html-selector}: elements matched by a jsoup CSS selector (ad containers, {@code <style>},
 * tracking pixels), each reported from its start tag to its end tag. Elements the parser invented or never
 * saw closed have no source range and are skipped: deleting a guess could delete article text. Elements
 * inside Markdown code are skipped too.
 */
final class HtmlSelector implements Matcher {
    private final Evaluator selector;

    HtmlSelector(String selector) {
        this.selector = QueryParser.parse(selector);
    }

    @Override
    public void find(CorpusDocument document, LineScope scope, Consumer<Hit> hits) {
        Body body = document.body();
        if (document.text().indexOf('<', body.range().start()) < 0) {
            return;
        }
        List<TextRange> taken = new ArrayList<>();
        List<TextRange> code = body.codeRanges();
        for (Element element : body.html().select(selector)) {
            TextRange range = body.rangeOf(element);
            // HTML shown as code in a Markdown article is the article's content, not markup to clean.
            if (range == null || taken.stream().anyMatch(t -> t.start() <= range.start() && range.end() <= t.end())
                    || code.stream().anyMatch(c -> c.start() < range.end() && range.start() < c.end())) {
                continue;
            }
            taken.add(range);
            hits.accept(new Hit(range, LineDeletion.widenToLines(document.text(), document.lines(), range), describe(element)));
        }
    }

    private static String describe(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.tagName());
        if (!element.id().isEmpty()) {
            out.append(" id=\"").append(element.id()).append('"');
        }
        if (!element.className().isEmpty()) {
            out.append(" class=\"").append(element.className()).append('"');
        }
        return out.append('>').toString();
    }
}
