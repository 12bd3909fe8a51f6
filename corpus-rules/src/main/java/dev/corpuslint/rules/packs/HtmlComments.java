package dev.corpuslint.rules.packs;

import com.google.re2j.Pattern;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.TextRange;
import java.util.List;
import java.util.function.Consumer;

/**
 * Kind {@code html-comment}: HTML comments whose content matches one of the patterns (a CMS's template
 * markers, ad lists, timestamps). Matching comments separated only by whitespace are one finding, so a line
 * of three template comments is reported and deleted once.
 */
final class HtmlComments implements Matcher {
    private final List<Pattern> patterns;

    HtmlComments(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    @Override
    public void find(CorpusDocument document, LineScope scope, Consumer<Hit> hits) {
        if (!document.presence().has('<')) {
            return; // most bodies hold no tag and no comment
        }
        String text = document.text();
        TextRange body = document.body().range();
        List<TextRange> code = document.body().codeRanges();
        int groupStart = -1;
        int groupEnd = -1;
        String first = null;
        for (int at = text.indexOf("<!--", body.start()); at >= 0; ) {
            int close = text.indexOf("-->", at + 4);
            if (close < 0) {
                break;
            }
            int end = close + 3;
            int open = at;
            String content = text.substring(at + 4, close).strip();
            boolean matches = code.stream().noneMatch(r -> r.start() <= open && open < r.end()) && matchesAny(content);
            if (matches && groupStart >= 0 && text.substring(groupEnd, at).isBlank()) {
                groupEnd = end;
            } else {
                if (groupStart >= 0) {
                    emit(document, groupStart, groupEnd, first, hits);
                    groupStart = -1;
                }
                if (matches) {
                    groupStart = at;
                    groupEnd = end;
                    first = content;
                }
            }
            at = text.indexOf("<!--", end);
        }
        if (groupStart >= 0) {
            emit(document, groupStart, groupEnd, first, hits);
        }
    }

    private boolean matchesAny(String content) {
        for (Pattern p : patterns) {
            if (p.matcher(content).find()) {
                return true;
            }
        }
        return false;
    }

    private static void emit(CorpusDocument document, int start, int end, String first, Consumer<Hit> hits) {
        TextRange range = new TextRange(start, end);
        String shown = first.length() > 30 ? first.substring(0, 30) + "…" : first;
        hits.accept(new Hit(range, LineDeletion.widenToLines(document.text(), document.lines(), range), shown));
    }
}
