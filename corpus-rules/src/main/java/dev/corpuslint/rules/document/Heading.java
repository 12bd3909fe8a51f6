package dev.corpuslint.rules.document;

import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading of the body: an ATX Markdown heading ({@code # 标题}) or a one-line HTML heading
 * ({@code <h1>标题</h1>}), with its plain text and the line it occupies.
 */
public record Heading(int level, String text, int line, TextRange range) {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern HTML = Pattern.compile("^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    /** Headings outside code, in order. */
    static List<Heading> find(String text, LineIndex lines, Body body) {
        List<Heading> found = new ArrayList<>();
        for (int line = lines.lineOf(body.range().start()); line < lines.lineCount(); line++) {
            String content = lines.lineText(line);
            if (content.isEmpty() || (content.charAt(0) != '#' && content.charAt(0) != ' ' && content.charAt(0) != '<')) {
                continue;
            }
            Matcher m = body.kind() == BodyKind.HTML ? null : ATX.matcher(content);
            Matcher h = HTML.matcher(content);
            int level;
            String raw;
            if (m != null && m.matches()) {
                level = m.group(1).length();
                raw = m.group(2);
            } else if (h.matches()) {
                level = Integer.parseInt(h.group(1));
                raw = TAGS.matcher(h.group(2)).replaceAll("");
            } else {
                continue;
            }
            TextRange range = new TextRange(lines.lineStart(line), lines.lineEnd(line));
            if (!body.nonProse().covers(range.start()) || content.charAt(0) == '<') {
                found.add(new Heading(level, normalise(raw), line, range));
            }
        }
        return found;
    }

    /** Text for comparison: emphasis markers dropped, whitespace collapsed and trimmed. */
    public static String normalise(String text) {
        return text.replaceAll("[*_`]+", "").replaceAll("[\\s\\u3000]+", " ").strip();
    }
}
