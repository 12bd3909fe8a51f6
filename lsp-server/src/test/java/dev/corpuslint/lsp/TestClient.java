package dev.corpuslint.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** A real lsp4j client talking to a real server over piped streams, recording what the server sends. */
final class TestClient implements LanguageClient, AutoCloseable {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<ApplyWorkspaceEditParams> applied = new CopyOnWriteArrayList<>();
    final LanguageServer server;
    final CorpuslintServer serverImpl;
    private final PipedOutputStream toServer;
    private final PipedOutputStream toClient;

    TestClient() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        toClient = new PipedOutputStream(clientIn);
        serverImpl = new CorpuslintServer(() -> { });
        Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(serverImpl, serverIn, toClient);
        serverImpl.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
    }

    InitializeResult initialize(String... encodings) throws Exception {
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of(encodings));
        capabilities.setGeneral(general);
        params.setCapabilities(capabilities);
        InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    }

    /** The next diagnostics published for {@code uri} (skipping other documents'). */
    PublishDiagnosticsParams next(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = diagnostics.poll(30, TimeUnit.SECONDS);
            if (p == null) {
                throw new AssertionError("no diagnostics for " + uri + " within 30 s");
            }
            if (p.getUri().equals(uri)) {
                return p;
            }
        }
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        logs.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logs.add(params);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        applied.add(params);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return CompletableFuture.completedFuture(null);
    }

    /** Applies a workspace edit's text edits to {@code text}, positions in {@code encoding} (as a client does). */
    static String apply(String text, WorkspaceEdit edit, PositionEncoding encoding) {
        List<TextEdit> edits = new java.util.ArrayList<>(edit.getDocumentChanges().get(0).getLeft().getEdits());
        var lines = new dev.corpuslint.rules.document.LineIndex(text);
        edits.sort((a, b) -> Integer.compare(encoding.offset(lines, b.getRange().getStart(), text.length()),
                encoding.offset(lines, a.getRange().getStart(), text.length())));
        String out = text;
        for (TextEdit e : edits) {
            var range = encoding.textRange(lines, e.getRange(), text.length());
            out = out.substring(0, range.start()) + e.getNewText() + out.substring(range.end());
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        toServer.close();
        toClient.close();
    }
}
