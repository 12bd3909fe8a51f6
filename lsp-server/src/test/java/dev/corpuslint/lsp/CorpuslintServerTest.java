package dev.corpuslint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpuslintServerTest {
    @TempDir
    Path dir;

    private static final String HEAD = "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\nurl: https://a.b/c\n---\n";

    /** 𠀀 is outside the BMP: 2 UTF-16 units, 4 UTF-8 bytes, 1 code point. The comma after 𠀀中文 is EN009. */
    @ParameterizedTest
    @CsvSource({"utf-16, 4", "utf-8, 10", "utf-32, 3"})
    void positionsFollowTheNegotiatedEncodingAndTheQuickFixApplies(String kind, int column) throws Exception {
        try (TestClient client = new TestClient()) {
            InitializeResult init = client.initialize(kind);
            assertEquals(kind, init.getCapabilities().getPositionEncoding());
            PositionEncoding encoding = PositionEncoding.negotiate(List.of(kind));
            String uri = "untitled:Untitled-1";
            String text = HEAD + "𠀀中文,中文\n";
            client.open(uri, text);
            List<Diagnostic> found = client.next(uri).getDiagnostics();
            Diagnostic en009 = found.stream().filter(d -> d.getCode().getLeft().equals("EN009")).findFirst().orElseThrow();
            assertEquals(new Range(new Position(5, column), new Position(5, column + 1)), en009.getRange());
            assertEquals("corpuslint:/rules/EN009", en009.getCodeDescription().getHref());

            CodeActionParams request = new CodeActionParams(new TextDocumentIdentifier(uri), en009.getRange(),
                    new CodeActionContext(List.of(en009)));
            List<Either<Command, CodeAction>> actions = client.server.getTextDocumentService().codeAction(request).get(30, TimeUnit.SECONDS);
            CodeAction fix = actions.get(0).getRight();
            assertEquals("EN009: Replace with `，` ", fix.getTitle().substring(0, "EN009: Replace with `，` ".length() - 1) + " ");
            assertTrue(fix.getIsPreferred());
            String fixed = TestClient.apply(text, fix.getEdit(), encoding);
            assertEquals(HEAD + "𠀀中文，中文\n", fixed);

            client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
            PublishDiagnosticsParams after = client.next(uri);
            assertEquals(2, after.getVersion());
            assertTrue(after.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("EN009")), after.toString());
        }
    }

    @Test
    void incrementalChangesDebounceAndOnlyTheLatestVersionIsPublished() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            String uri = "untitled:Untitled-2";
            client.open(uri, HEAD + "正文。\n");
            assertEquals(List.of(), client.next(uri).getDiagnostics());
            // Five quick edits, each inserting "中文," at the end of line 6: only version 6 is linted.
            for (int v = 2; v <= 6; v++) {
                int column = 3 + 5 * (v - 2);
                client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, v),
                        List.of(new TextDocumentContentChangeEvent(new Range(new Position(5, column), new Position(5, column)), "中文,中文"))));
            }
            PublishDiagnosticsParams latest = client.next(uri);
            assertEquals(6, latest.getVersion());
            assertEquals(5, latest.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("EN009")).count());
            assertEquals(null, client.diagnostics.poll(600, TimeUnit.MILLISECONDS), "nothing published for older versions");
        }
    }

    @Test
    void byteLevelDefectsOfTheFileOnDiskAreReported() throws Exception {
        Path file = dir.resolve("bom.md");
        Files.write(file, ("\uFEFF" + HEAD + "正文。\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            String uri = file.toUri().toString();
            client.open(uri, Files.readString(file));
            assertTrue(client.next(uri).getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("EN001")));
        }
    }

    @Test
    void hoverShowsTheRuleDocAndSourceFixAllIsSafeOnly() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            String uri = "untitled:Untitled-3";
            String text = HEAD + "中文,中文\n\n扫码关注我们\n";
            client.open(uri, text);
            List<Diagnostic> found = client.next(uri).getDiagnostics();
            assertTrue(found.stream().anyMatch(d -> d.getCode().getLeft().equals("BP104")));
            Hover hover = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(5, 2)))
                    .get(30, TimeUnit.SECONDS);
            assertTrue(hover.getContents().getRight().getValue().contains("# EN009 half-width-punctuation-in-cjk"));
            CodeActionParams request = new CodeActionParams(new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(0, 0)),
                    new CodeActionContext(List.of(), List.of(CodeActionKind.SourceFixAll)));
            List<Either<Command, CodeAction>> actions = client.server.getTextDocumentService().codeAction(request).get(30, TimeUnit.SECONDS);
            assertEquals(1, actions.size());
            String fixed = TestClient.apply(text, actions.get(0).getRight().getEdit(), PositionEncoding.UTF16);
            assertEquals(HEAD + "中文，中文\n\n扫码关注我们\n", fixed, "the unsafe promo deletion is not part of fix-all");
        }
    }

    @Test
    void commandsExplainAndFixAll() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            Object doc = client.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("corpuslint.server.explain", List.of("BP104"))).get(30, TimeUnit.SECONDS);
            assertTrue(doc.toString().startsWith("# BP104 follow-promo-line"), doc.toString());
            ExecutionException bad = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> client.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("corpuslint.nope", List.of())).get(30, TimeUnit.SECONDS));
            assertTrue(bad.getCause().getMessage().contains("unknown command corpuslint.nope"), bad.getCause().getMessage());
            String uri = "untitled:Untitled-4";
            client.open(uri, HEAD + "中文,中文\n");
            client.next(uri);
            client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("corpuslint.server.fixAll", List.of(uri))).get(30, TimeUnit.SECONDS);
            assertEquals(1, client.applied.size());
        }
    }

    @Test
    void convertToUtf8RewritesALegacyFile() throws Exception {
        Path file = dir.resolve("gbk.txt");
        String text = HEAD + "中华人民共和国国务院新闻办公室今天举行新闻发布会，介绍有关情况。\n";
        Files.write(file, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            Object result = client.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("corpuslint.server.convertToUtf8", List.of(file.toUri().toString()))).get(30, TimeUnit.SECONDS);
            assertTrue(result.toString().contains("to UTF-8"), result.toString());
            assertEquals(text, Files.readString(file));
        }
    }

    @Test
    void configurationIsPerDocumentAndReloadedWhenItChanges() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, HEAD + "中文,中文\n");
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            String uri = file.toUri().toString();
            client.open(uri, Files.readString(file));
            assertTrue(client.next(uri).getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("EN009")));
            Files.writeString(dir.resolve(".corpuslint.yaml"), "ignore: [EN009]\n");
            client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(dir.resolve(".corpuslint.yaml").toUri().toString(), FileChangeType.Created))));
            assertTrue(client.next(uri).getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("EN009")));
            com.google.gson.JsonObject settings = new com.google.gson.JsonObject();
            settings.addProperty("enable", false);
            com.google.gson.JsonObject wrapper = new com.google.gson.JsonObject();
            wrapper.add("corpuslint", settings);
            client.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(wrapper));
            assertEquals(List.of(), client.next(uri).getDiagnostics());
        }
    }

    @Test
    void pullDiagnosticsAnswerForADocument() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            String uri = "untitled:Untitled-5";
            client.open(uri, HEAD + "中文,中文\n");
            client.next(uri);
            DocumentDiagnosticReport report = client.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
            assertFalse(report.getLeft().getItems().isEmpty());
            assertNotNull(report.getLeft().getItems().get(0).getData());
        }
    }

    @Test
    void aRuleThatThrowsIsLoggedOnceAndTheOtherRulesStillReport() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            client.serverImpl.analysis().addRules(List.of(new dev.corpuslint.rules.engine.Rule() {
                @Override
                public dev.corpuslint.rules.model.RuleMetadata metadata() {
                    return new dev.corpuslint.rules.model.RuleMetadata("EN999", "always-throws", dev.corpuslint.rules.model.Family.ENCODING,
                            "t", dev.corpuslint.rules.model.Severity.ERROR, dev.corpuslint.rules.model.FixAvailability.NONE, null);
                }

                @Override
                public void check(dev.corpuslint.rules.document.CorpusDocument document, dev.corpuslint.rules.engine.DiagnosticSink sink) {
                    throw new IllegalStateException("boom");
                }
            }));
            for (int i = 1; i <= 2; i++) {
                String uri = "untitled:Untitled-" + (10 + i);
                client.open(uri, HEAD + "中文,中文\n");
                assertTrue(client.next(uri).getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("EN009")));
            }
            assertEquals(1, client.logs.stream().filter(m -> m.getMessage().contains("rule EN999 failed")).count());
        }
    }

    @Test
    void workspaceDiagnosticsAndTheIndexCommandCoverAFolder() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("a" + i + ".md"), "---\ntitle: t\ndate: 2024-01-01T00:00:00Z\nsource: 站\n---\n第" + i
                    + "篇文章。\n\n本站所有文章均为原创，欢迎分享\n");
        }
        try (TestClient client = new TestClient()) {
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "corpus")));
            client.server.initialize(params).get(30, TimeUnit.SECONDS);
            Object message = client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "corpuslint.server.rebuildBoilerplateIndex", List.of(dir.toUri().toString()))).get(60, TimeUnit.SECONDS);
            assertTrue(message.toString().startsWith("learned 1 lines from 6 files"), message.toString());
            WorkspaceDiagnosticReport report = client.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())).get(60, TimeUnit.SECONDS);
            assertEquals(6, report.getItems().size());
            assertTrue(report.getItems().get(0).getWorkspaceFullDocumentDiagnosticReport().getItems().stream()
                    .anyMatch(d -> d.getCode().getLeft().equals("BP004")), "the learned index is used");
            assertTrue(client.logs.isEmpty() || client.logs.stream().noneMatch(m -> m.getType() == MessageType.Error));
        }
    }

    @Test
    void aClientThatPullsGetsNoPushedDiagnostics() throws Exception {
        try (TestClient client = new TestClient()) {
            InitializeParams params = new InitializeParams();
            ClientCapabilities capabilities = new ClientCapabilities();
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            text.setDiagnostic(new DiagnosticCapabilities());
            capabilities.setTextDocument(text);
            params.setCapabilities(capabilities);
            client.server.initialize(params).get(30, TimeUnit.SECONDS);
            String uri = "untitled:Untitled-20";
            client.open(uri, HEAD + "中文,中文\n");
            DocumentDiagnosticReport report = client.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
            assertFalse(report.getLeft().getItems().isEmpty());
            assertEquals(null, client.diagnostics.poll(1, TimeUnit.SECONDS), "VS Code would list every finding twice");
        }
    }

    @Test
    void theClientsExtraPacksAddRules() throws Exception {
        Path pack = dir.resolve("mine.yaml");
        Files.writeString(pack, "pack: mine\nrules:\n  - {code: BP901, name: my-slogan, summary: s, message: 'Slogan `{match}`', kind: phrase, phrases: [本站口号], safety: unsafe}\n");
        try (TestClient client = new TestClient()) {
            client.initialize("utf-16");
            com.google.gson.JsonObject settings = new com.google.gson.JsonObject();
            com.google.gson.JsonArray packs = new com.google.gson.JsonArray();
            packs.add(pack.toString());
            packs.add(dir.resolve("missing.yaml").toString());
            settings.add("packs", packs);
            client.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            String uri = "untitled:Untitled-30";
            client.open(uri, HEAD + "正文。\n\n本站口号\n");
            assertTrue(client.next(uri).getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("BP901")));
            assertTrue(client.logs.stream().anyMatch(m -> m.getMessage().contains("missing.yaml: cannot read the rule pack")));
        }
    }
}
