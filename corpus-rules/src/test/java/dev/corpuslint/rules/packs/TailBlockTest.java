package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TailBlockTest {
    /** The rule as first written: every marker compared with the line, the first that fits wins. */
    private static String markerInEveryMarker(List<String> markers, String visible) {
        for (String marker : markers) {
            if (visible.equals(marker) || (visible.startsWith(marker) && visible.length() <= marker.length() + 3)
                    || (visible.length() <= marker.length() + 2 && visible.endsWith(marker))) {
                return marker;
            }
        }
        return null;
    }

    /** Ruling markers out by their first and last characters finds the marker comparing them all finds. */
    @Test
    void theMarkerFoundIsTheFirstThatFits() {
        List<String> markers = List.of("阅读原文", "微信扫一扫", "扫一扫", "原文", "写留言", "知道了", "a");
        TailBlock block = new TailBlock(markers, Set.of(), 2, 12);
        String[] pieces = {"阅读", "原文", "微信", "扫一扫", "写", "留言", "知道了", "：", "1", "a", " "};
        java.util.Random random = new java.util.Random(23);
        int found = 0;
        for (int round = 0; round < 100_000; round++) {
            String line = dev.corpuslint.rules.document.Pieces.text(random, "", pieces, 10);
            String expected = markerInEveryMarker(markers, line);
            assertEquals(expected, block.markerIn(line), line);
            found += expected != null ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 10_000, "found " + found);
    }
}
