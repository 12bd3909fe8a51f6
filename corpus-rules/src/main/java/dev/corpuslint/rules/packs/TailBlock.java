package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.document.LinkLine;
import dev.corpuslint.rules.model.TextRange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Kind {@code tail-block}: page chrome at the end of the body (the WeChat reader's 微信扫一扫, 继续滑动看下一个, …).
 * Walking up from the last line, every line must be a marker or filler (a UI word, an image, a short line
 * that is not a sentence); the block is reported when it holds at least {@code minMarkers} different markers,
 * so one marker-like phrase inside an article never fires. The fix deletes from the end of the article.
 */
final class TailBlock implements Matcher {
    private final List<String> markers;
    private final Set<String> fillers;
    private final int minMarkers;
    private final int maxFillerLength;
    /** No line longer than this can hold a marker (see {@link #markerIn}). */
    private final int longestMarkerLine;
    /** Each marker's first and last character: a line can only hold a marker it starts or ends with. */
    private final char[] firsts;
    private final char[] lasts;

    TailBlock(List<String> markers, Set<String> fillers, int minMarkers, int maxFillerLength) {
        this.markers = markers;
        this.longestMarkerLine = markers.stream().mapToInt(String::length).max().orElse(0) + 3;
        this.firsts = new char[markers.size()];
        this.lasts = new char[markers.size()];
        for (int k = 0; k < markers.size(); k++) {
            firsts[k] = markers.get(k).charAt(0);
            lasts[k] = markers.get(k).charAt(markers.get(k).length() - 1);
        }
        this.fillers = fillers;
        this.minMarkers = minMarkers;
        this.maxFillerLength = maxFillerLength;
    }

    @Override
    public void find(CorpusDocument document, LineScope scope, Consumer<Hit> hits) {
        BodyLines body = document.bodyLines();
        LineIndex lines = document.lines();
        int blockStart = -1;
        // Markers are collected bottom-up; the message lists them top-down.
        Set<String> found = new LinkedHashSet<>();
        for (int line = body.end() - 1; line >= body.first(); line--) {
            String visible = body.visible(line);
            String marker = markerIn(visible);
            if (marker != null) {
                found.add(marker);
                blockStart = line;
            } else if (!isFiller(visible)) {
                break;
            }
        }
        if (blockStart < 0 || found.size() < minMarkers) {
            return;
        }
        int lastContent = blockStart - 1;
        while (lastContent >= body.first() && body.isBlank(lastContent)) {
            lastContent--;
        }
        int deleteFrom = lastContent >= body.first() ? lines.lineEndWithBreak(lastContent) : document.body().range().start();
        List<String> topDown = List.copyOf(found).reversed();
        String shown = String.join(", ", topDown.subList(0, Math.min(3, topDown.size()))) + (topDown.size() > 3 ? ", …" : "");
        hits.accept(new Hit(new TextRange(lines.lineStart(blockStart), lines.lineEnd(lines.lineCount() - 1)),
                new TextRange(deleteFrom, document.text().length()), shown));
    }

    /** A marker is the whole line, give or take a few characters of punctuation or a count. */
    String markerIn(String visible) {
        if (visible.isEmpty() || visible.length() > longestMarkerLine) {
            return null; // the walk up meets long lines of article text; none can be a marker
        }
        char first = visible.charAt(0);
        char last = visible.charAt(visible.length() - 1);
        for (int k = 0; k < firsts.length; k++) {
            // A marker the line neither starts nor ends with is ruled out by two comparisons.
            if (firsts[k] != first && lasts[k] != last) {
                continue;
            }
            String marker = markers.get(k);
            if (visible.equals(marker) || (visible.startsWith(marker) && visible.length() <= marker.length() + 3)
                    || (visible.length() <= marker.length() + 2 && visible.endsWith(marker))) {
                return marker;
            }
        }
        return null;
    }

    private boolean isFiller(String visible) {
        if (visible.isEmpty() || fillers.contains(visible) || LinkLine.imageAddress(visible) != null) {
            return true;
        }
        return visible.codePointCount(0, visible.length()) <= maxFillerLength && !visible.endsWith("。");
    }
}
