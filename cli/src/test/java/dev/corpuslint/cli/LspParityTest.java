package dev.corpuslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuslint.lsp.CorpuslintServer;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor sees what the command line reports: same codes, same ranges, same messages. */
class LspParityTest {
    @TempDir
    Path dir;

    /** A minimal client over piped streams to a real server; UTF-32 positions are the CLI's code-point columns. */
    static final class Client implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        final LanguageServer server;

        Client() throws Exception {
            PipedInputStream serverIn = new PipedInputStream(1 << 20);
            PipedOutputStream toServer = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 22);
            PipedOutputStream toClient = new PipedOutputStream(clientIn);
            CorpuslintServer impl = new CorpuslintServer(() -> { });
            Launcher<LanguageClient> s = LSPLauncher.createServerLauncher(impl, serverIn, toClient);
            impl.connect(s.getRemoteProxy());
            s.startListening();
            Launcher<LanguageServer> c = LSPLauncher.createClientLauncher(this, clientIn, toServer);
            c.startListening();
            server = c.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            ClientCapabilities caps = new ClientCapabilities();
            GeneralClientCapabilities general = new GeneralClientCapabilities();
            general.setPositionEncodings(List.of(PositionEncodingKind.UTF32));
            caps.setGeneral(general);
            params.setCapabilities(caps);
            server.initialize(params).get(30, TimeUnit.SECONDS);
        }

        @Override public void telemetryEvent(Object o) {}
        @Override public void publishDiagnostics(PublishDiagnosticsParams p) { published.add(p); }
        @Override public void showMessage(MessageParams p) {}
        @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) { return CompletableFuture.completedFuture(null); }
        @Override public void logMessage(MessageParams p) {}
        @Override public CompletableFuture<Void> registerCapability(RegistrationParams p) { return CompletableFuture.completedFuture(null); }
    }

    private static String key(String rule, int line, int column, int endLine, int endColumn, String message) {
        return rule + " " + line + ":" + column + "-" + endLine + ":" + endColumn + " " + message;
    }

    private static List<String> lsp(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Range r = d.getRange();
            out.add(key(d.getCode().getLeft(), r.getStart().getLine() + 1, r.getStart().getCharacter() + 1,
                    r.getEnd().getLine() + 1, r.getEnd().getCharacter() + 1, d.getMessage()));
        }
        return out.stream().sorted().toList();
    }

    private static Map<String, List<String>> cli(String json) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(json)) {
            out.computeIfAbsent(f.get("path").asText(), k -> new ArrayList<>()).add(key(f.get("rule").asText(), f.get("line").asInt(),
                    f.get("column").asInt(), f.get("endLine").asInt(), f.get("endColumn").asInt(), f.get("message").asText()));
        }
        out.replaceAll((k, v) -> v.stream().sorted().toList());
        return out;
    }

    @Test
    void seed000GetsTheCliFindingsAndTheDateQuickFixRemovesOne() throws Exception {
        Path file = dir.resolve("000.txt");
        Files.copy(Cli.ROOT.resolve("examples/corpus/000_fa597fd7d97116e6.txt"), file);
        Map<String, List<String>> expected = cli(Cli.run("check", "--no-cache", "--format", "json", file.toString()).out());
        Client client = new Client();
        String uri = file.toUri().toString();
        String text = Files.readString(file);
        client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        PublishDiagnosticsParams first = client.published.poll(30, TimeUnit.SECONDS);
        assertEquals(expected.get(file.toString()), lsp(first.getDiagnostics()));

        Diagnostic date = first.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("FM003")).findFirst().orElseThrow();
        List<Either<Command, CodeAction>> actions = client.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), date.getRange(), new CodeActionContext(List.of(date)))).get(30, TimeUnit.SECONDS);
        TextEdit edit = actions.get(0).getRight().getEdit().getDocumentChanges().get(0).getLeft().getEdits().get(0);
        assertEquals("2021-06-09T07:18:08Z", edit.getNewText());
        // Apply it as an editor would (UTF-32 columns on an ASCII line are plain string indices).
        String[] lines = text.split("\n", -1);
        int line = edit.getRange().getStart().getLine();
        lines[line] = lines[line].substring(0, edit.getRange().getStart().getCharacter()) + edit.getNewText()
                + lines[line].substring(edit.getRange().getEnd().getCharacter());
        client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(String.join("\n", lines)))));
        PublishDiagnosticsParams after = client.published.poll(30, TimeUnit.SECONDS);
        assertEquals(2, after.getVersion());
        assertTrue(after.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("FM003")));
        assertEquals(first.getDiagnostics().size() - 1, after.getDiagnostics().size());
    }

    /** Every file of ../shared/corpus, pulled from the server, against one CLI run (learning off on both sides). */
    @Test
    void everyCorpusFileGetsTheSameFindingsAsTheCli() throws Exception {
        Path corpus = Path.of(System.getProperty("corpuslint.shared", "../../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is not here");
        Path config = dir.resolve("no-learning.yaml");
        Files.writeString(config, "learning: {enabled: false}\n");
        Cli.Result r = Cli.run("check", "--no-cache", "--format", "json", "--config", config.toString(), corpus.toString());
        Map<String, List<String>> expected = cli(r.out());
        Client client = new Client();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> FileCollector.hasCorpusExtension(p) && Files.isRegularFile(p)
                    && corpus.relativize(p).toString().chars().noneMatch(c -> c == 0) && !corpus.relativize(p).toString().startsWith(".")).sorted().toList();
        }
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            DocumentDiagnosticReport report = client.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(file.toUri().toString()))).get(60, TimeUnit.SECONDS);
            List<String> got = lsp(report.getLeft().getItems());
            List<String> want = expected.getOrDefault(file.toString(), List.of());
            if (!got.equals(want) && mismatches.size() < 5) {
                mismatches.add(file + "\n  lsp: " + got + "\n  cli: " + want);
            }
            compared++;
        }
        assertEquals(List.of(), mismatches);
        assertTrue(compared > 7000, "compared " + compared);
    }
}
