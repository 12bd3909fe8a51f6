package dev.corpuslint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * 10,000 random edits to one open document: insertions, deletions, pastes of sample-file text, and lone
 * surrogate halves. The server must keep up without failing, publish only for the latest version, track
 * the text exactly (its last diagnostics equal those of the final text opened fresh), and not grow.
 */
class LspRobustnessTest {
    private static final Path SEEDS = Path.of(System.getProperty("corpuslint.root", ".."), "examples/corpus");

    /** Edits go straight to the server object: through JSON, a lone surrogate would already be replaced. */
    private static void change(TestClient client, String uri, int version, Range range, String text) {
        client.serverImpl.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    /** The LSP position (UTF-16) of an offset. */
    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    /** A random offset that does not split a surrogate pair (the protocol leaves such positions undefined). */
    private static int offset(Random random, String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        // Nor one between the halves of a CRLF, which editors treat as one line break.
        if (at > 0 && at < text.length() && (Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at))
                || text.charAt(at - 1) == '\r' && text.charAt(at) == '\n')) {
            at--;
        }
        return at;
    }

    private static PublishDiagnosticsParams latest(TestClient client, String uri, int version, List<Integer> seen) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p;
            try {
                p = client.next(uri);
            } catch (AssertionError e) {
                throw new AssertionError("no diagnostics for version " + version + "; server log: " + client.logs, e);
            }
            seen.add(p.getVersion());
            if (p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
        }
    }

    private static List<String> summary(PublishDiagnosticsParams published) {
        return published.getDiagnostics().stream()
                .map(d -> d.getCode().getLeft() + " " + d.getRange() + " " + d.getMessage()).toList();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void tenThousandRandomEditsLeaveTheServerCorrectAndSmall() throws Exception {
        List<String> pastes = new ArrayList<>();
        try (var files = Files.list(SEEDS)) {
            for (Path seed : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(seed);
                for (int i = 0; i + 400 < text.length(); i += 397) {
                    pastes.add(text.substring(i, i + 1 + (i * 31 % 400)));
                }
            }
        }
        String[] snippets = {"中", "，", ",", "\n", "---\n", "<div>", "</p>", "“", "\uD800", "\uDC00", "𠀀", "&nbsp;", "　", "\u200B", "\r\n"};
        Random random = new Random(20261123);
        String uri = "untitled:fuzz";
        String text = "---\ntitle: t\n---\n正文。\n";
        List<Integer> seen = new ArrayList<>();
        long heapAt1000 = 0;
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            // A round trip through the protocol first, so that `initialized` has been handled before the
            // direct calls below start.
            client.open("untitled:warm-up", "x");
            client.next("untitled:warm-up");
            client.serverImpl.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
            latest(client, uri, 1, seen);
            int version = 1;
            PublishDiagnosticsParams last = null;
            for (int edit = 1; edit <= 10_000; edit++) {
                int start = offset(random, text);
                int end = start;
                String insert = "";
                switch (random.nextInt(4)) {
                    case 0 -> insert = snippets[random.nextInt(snippets.length)];
                    case 1 -> insert = pastes.get(random.nextInt(pastes.size()));
                    case 2 -> end = Math.min(text.length(), start + random.nextInt(200));
                    default -> {
                        end = Math.min(text.length(), start + random.nextInt(20));
                        insert = snippets[random.nextInt(snippets.length)];
                    }
                }
                if (end < text.length() && end > start && (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))
                        || text.charAt(end) == '\n' && text.charAt(end - 1) == '\r')) {
                    end++;
                }
                if (text.length() - (end - start) + insert.length() > 200_000) {
                    end = text.length(); // keep the document the size of a long article
                    start = Math.min(start, end);
                }
                Range range = new Range(position(text, start), position(text, end));
                text = text.substring(0, start) + insert + text.substring(end);
                change(client, uri, ++version, range, insert);
                if (edit % 500 == 0) {
                    last = latest(client, uri, version, seen); // a pause long enough for the debounce: this version is linted
                }
                if (edit == 1000) {
                    heapAt1000 = usedHeapAfterGc();
                }
            }
            long heapAtEnd = usedHeapAfterGc();

            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "a publish for an older version came after a newer one: " + seen);
            }
            assertTrue(seen.size() < 200, "edits in quick succession are debounced, not each linted: " + seen.size());
            String fresh = "untitled:fresh";
            client.serverImpl.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(fresh, "markdown", 1, text)));
            PublishDiagnosticsParams expected = client.next(fresh);
            // Compared without related information, whose locations name each document's own URI.
            assertEquals(summary(expected), summary(last), "the server's copy of the text is the client's");
            assertTrue(client.logs.stream().noneMatch(m -> m.getType() == MessageType.Error), client.logs.toString());
            assertTrue(heapAtEnd < heapAt1000 + 64L * 1024 * 1024,
                    "heap grew from " + heapAt1000 / 1_048_576 + " MB to " + heapAtEnd / 1_048_576 + " MB");
        }
    }
}
