package dev.corpuslint.rules.document;

/**
 * Lines that are one Markdown image or link and nothing else: {@code ![alt](src)}, {@code [![alt](src)](href)},
 * {@code [text](href)}. Read by hand rather than with the equivalent regular expressions (given on each method,
 * always run with {@code matches()}): the boilerplate rules ask it of every line that starts with {@code [} or
 * {@code !}, and the patterns' character classes walked each long image address one matcher step per character.
 * The forms are deterministic (each class stops at the one character that follows it), so first occurrences
 * decide; {@code LinkLineTest} compares both on generated lines.
 */
public final class LinkLine {
    private LinkLine() {}

    /**
     * {@code \[?!\[[^\]]*\]\(([^)]*)\)(?:\]\([^)]*\))?}: the image's address (group 1) when the whole line is
     * one image, linked or not; else null.
     */
    public static String imageAddress(String line) {
        int at = line.startsWith("[") ? 1 : 0;
        if (!line.startsWith("![", at)) {
            return null;
        }
        int open = targets(line, at + 2);
        return open < 0 ? null : line.substring(open + 1, line.indexOf(')', open + 1));
    }

    /** {@code \[?!?\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?}: whether the whole line is one image or link. */
    public static boolean isImageOrLink(String line) {
        // The optional `[` and `!` are tried taken first, then left, as the matcher backtracks.
        for (int bracket = line.startsWith("[") ? 1 : 0; bracket >= 0; bracket--) {
            for (int bang = line.startsWith("!", bracket) ? 1 : 0; bang >= 0; bang--) {
                if (line.startsWith("[", bracket + bang) && targets(line, bracket + bang + 1) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code [^\]]*\]\(([^)]*)\)(?:\]\([^)]*\))?} from {@code from} to the end of the line: the index of the
     * {@code (} that opens the first target, or -1 when the rest of the line is not that.
     */
    private static int targets(String line, int from) {
        int close = line.indexOf(']', from);
        if (close < 0 || !line.startsWith("(", close + 1)) {
            return -1;
        }
        int end = line.indexOf(')', close + 2);
        if (end < 0) {
            return -1;
        }
        if (end == line.length() - 1) {
            return close + 1;
        }
        return line.startsWith("](", end + 1) && line.indexOf(')', end + 3) == line.length() - 1 ? close + 1 : -1;
    }
}
