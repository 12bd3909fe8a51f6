package dev.corpuslint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corpuslint.rules.RuleDocs;
import dev.corpuslint.rules.config.ConfigException;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Encoding;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.engine.FixEngine;
import dev.corpuslint.rules.engine.FixResult;
import dev.corpuslint.rules.engine.LintResult;
import dev.corpuslint.rules.engine.Linter;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.engine.RuleFailure;
import dev.corpuslint.rules.files.CorpusFiles;
import dev.corpuslint.rules.learn.BoilerplateLearner;
import dev.corpuslint.rules.learn.LearnedIndexFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The corpuslint language server: the CLI's diagnostics and fixes, live. Lints on open, on change
 * (debounced; the latest version wins and results for older versions are dropped), on save and on request
 * (pull and workspace diagnostics). Protocol in, core calls, protocol out: the rules decide everything.
 */
public final class CorpuslintServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
    static final long DEBOUNCE_MILLIS = 200;
    static final List<String> COMMANDS = List.of("corpuslint.server.fixAll", "corpuslint.server.fixAllUnsafe", "corpuslint.server.explain",
            "corpuslint.server.convertToUtf8", "corpuslint.server.rebuildBoilerplateIndex");
    static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".corpuslint";

    private final Analysis analysis = new Analysis();
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Set<String> reportedFailures = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corpuslint-lint");
        t.setDaemon(true);
        return t;
    });
    private final Runnable onExit;
    private volatile LanguageClient client;
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;
    private volatile List<Path> workspaceFolders = List.of();
    private volatile boolean shutdown;
    /** A client that pulls diagnostics (textDocument/diagnostic) gets no pushed ones: it would show each twice. */
    private volatile boolean clientPulls;
    private volatile boolean refreshSupport;

    /** The findings last published for a document: for hover and for what a code action may refer to. */
    private record Published(int version, LintResult result) {}

    /** @param onExit what `exit` does (the standalone server ends the process; tests do nothing) */
    public CorpuslintServer(Runnable onExit) {
        this.onExit = onExit;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    // ---- lifecycle -------------------------------------------------------------------------------

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ClientCapabilities capabilities = params.getCapabilities();
        if (capabilities != null && capabilities.getGeneral() != null) {
            encoding = PositionEncoding.negotiate(capabilities.getGeneral().getPositionEncodings());
        }
        clientPulls = capabilities != null && capabilities.getTextDocument() != null && capabilities.getTextDocument().getDiagnostic() != null;
        refreshSupport = capabilities != null && capabilities.getWorkspace() != null && capabilities.getWorkspace().getDiagnostics() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDiagnostics().getRefreshSupport());
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                pathOf(folder.getUri()).ifPresent(folders::add);
            }
        }
        workspaceFolders = List.copyOf(folders);
        settings(params.getInitializationOptions());

        ServerCapabilities server = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        server.setTextDocumentSync(sync);
        server.setPositionEncoding(encoding.kind);
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND));
        server.setCodeActionProvider(actions);
        server.setHoverProvider(true);
        server.setExecuteCommandProvider(new ExecuteCommandOptions(COMMANDS));
        DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(false, true);
        pull.setIdentifier("corpuslint");
        server.setDiagnosticProvider(pull);
        WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities();
        WorkspaceFoldersOptions foldersOptions = new WorkspaceFoldersOptions();
        foldersOptions.setSupported(true);
        foldersOptions.setChangeNotifications(true);
        workspace.setWorkspaceFolders(foldersOptions);
        server.setWorkspace(workspace);
        return CompletableFuture.completedFuture(new InitializeResult(server, new ServerInfo("corpuslint", Version.of())));
    }

    @Override
    public void initialized(InitializedParams params) {
        LanguageClient c = client;
        if (c == null) {
            return;
        }
        // Configuration, packs and learned indexes are read from disk: watch them to reload.
        List<FileSystemWatcher> watchers = List.of(
                new FileSystemWatcher(Either.forLeft("**/.corpuslint.yaml")),
                new FileSystemWatcher(Either.forLeft("**/.corpuslint/boilerplate.tsv")),
                new FileSystemWatcher(Either.forLeft("**/*.{yaml,yml}")));
        Registration registration = new Registration("corpuslint-watch", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        c.registerCapability(new RegistrationParams(List.of(registration))).exceptionally(e -> null);
        log(MessageType.Info, "corpuslint " + Version.of() + " ready (positions in " + encoding.kind + ")");
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        onExit.run();
    }

    Analysis analysis() {
        return analysis;
    }

    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---- documents -------------------------------------------------------------------------------

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        OpenDocument doc = new OpenDocument(item.getUri(), pathOf(item.getUri()).orElse(null), item.getVersion(), item.getText());
        readDisk(doc);
        documents.put(item.getUri(), doc);
        schedule(doc, 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenDocument doc = documents.get(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        synchronized (doc) {
            String text = doc.text;
            for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
                if (change.getRange() == null) {
                    text = change.getText();
                } else {
                    LineIndex lines = new LineIndex(text);
                    var range = encoding.textRange(lines, change.getRange(), text.length());
                    text = text.substring(0, range.start()) + change.getText() + text.substring(range.end());
                }
            }
            doc.text = text;
            doc.version = params.getTextDocument().getVersion();
        }
        schedule(doc, DEBOUNCE_MILLIS);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        OpenDocument doc = documents.get(params.getTextDocument().getUri());
        if (doc != null) {
            readDisk(doc);
            schedule(doc, 0);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        published.remove(uri);
        ScheduledFuture<?> p = pending.remove(uri);
        if (p != null) {
            p.cancel(false);
        }
        publish(uri, null, List.of());
    }

    /** The file's bytes for byte-level checks; a document that is not a readable file has none. */
    private void readDisk(OpenDocument doc) {
        if (doc.path == null || !Files.isRegularFile(doc.path)) {
            doc.diskBytes = null;
            doc.diskText = null;
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(doc.path);
            doc.diskBytes = bytes;
            doc.diskText = CorpusDocument.fromBytes(doc.path.toString(), bytes).text();
        } catch (IOException | OutOfMemoryError e) {
            doc.diskBytes = null;
            doc.diskText = null;
        }
    }

    private void schedule(OpenDocument doc, long delay) {
        ScheduledFuture<?> previous;
        try {
            previous = pending.put(doc.uri, scheduler.schedule(() -> lintAndPublish(doc), delay, TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return; // shutting down
        }
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void lintAndPublish(OpenDocument doc) {
        int version;
        String text;
        synchronized (doc) {
            version = doc.version;
            text = doc.text;
        }
        try {
            LintResult result = lint(doc, text);
            if (doc.version != version || documents.get(doc.uri) != doc) {
                return; // a newer version is on its way; these findings are stale
            }
            published.put(doc.uri, new Published(version, result));
            publish(doc.uri, version, result == null ? List.of() : toLsp(result, doc.uri, version));
        } catch (ConfigException e) {
            log(MessageType.Error, doc.uri + ": configuration error: " + e.getMessage());
            Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                    "corpuslint configuration error: " + e.getMessage(), DiagnosticSeverity.Error, Translate.SOURCE, "config");
            publish(doc.uri, version, List.of(d));
        } catch (RuntimeException e) {
            log(MessageType.Error, doc.uri + ": internal error: " + e);
        }
    }

    /** Lints the text (null when the client turned corpuslint off); rule failures are logged once per rule. */
    private LintResult lint(OpenDocument doc, String text) throws ConfigException {
        if (!analysis.settings().enabled()) {
            return null;
        }
        Linter linter = analysis.linterFor(doc.path != null ? doc.path : Path.of("untitled.md"));
        LintResult result = linter.lint(doc.toCorpusDocument(text));
        for (RuleFailure failure : result.failures()) {
            if (reportedFailures.add(failure.ruleCode())) {
                log(MessageType.Error, "rule " + failure.ruleCode() + " failed on " + doc.uri + " (" + failure.error()
                        + "); its findings are missing there. Reported once per session.");
            }
        }
        return result;
    }

    private List<Diagnostic> toLsp(LintResult result, String uri, int version) {
        LineIndex lines = result.document().lines();
        List<Diagnostic> out = new ArrayList<>();
        for (dev.corpuslint.rules.model.Diagnostic d : result.diagnostics()) {
            out.add(Translate.diagnostic(d, uri, version, lines, encoding));
        }
        return out;
    }

    private void publish(String uri, Integer version, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null && !clientPulls) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return CompletableFutures.computeAsync(cancel -> {
            String uri = params.getTextDocument().getUri();
            OpenDocument doc = documents.get(uri);
            if (doc == null) {
                doc = new OpenDocument(uri, pathOf(uri).orElse(null), 0, "");
                readDisk(doc);
                doc.text = doc.diskText == null ? "" : doc.diskText;
            }
            cancel.checkCanceled();
            try {
                LintResult result = lint(doc, doc.text);
                cancel.checkCanceled();
                List<Diagnostic> items = result == null ? List.of() : toLsp(result, uri, doc.version);
                return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(items));
            } catch (ConfigException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                        "configuration error: " + e.getMessage(), null));
            }
        });
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        return CompletableFutures.computeAsync(cancel -> {
            List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
            for (Path folder : workspaceFolders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(this::isCorpusFile).sorted().toList()) {
                        cancel.checkCanceled();
                        String uri = file.toUri().toString();
                        OpenDocument doc = documents.get(uri);
                        if (doc == null) {
                            doc = new OpenDocument(uri, file, 0, "");
                            readDisk(doc);
                            if (doc.diskText == null) {
                                continue;
                            }
                            doc.text = doc.diskText;
                        }
                        try {
                            LintResult result = lint(doc, doc.text);
                            List<Diagnostic> found = result == null ? List.of() : toLsp(result, uri, doc.version);
                            items.add(new WorkspaceDocumentDiagnosticReport(new WorkspaceFullDocumentDiagnosticReport(found, uri, documents.containsKey(uri) ? doc.version : null)));
                        } catch (ConfigException e) {
                            log(MessageType.Error, uri + ": configuration error: " + e.getMessage());
                        }
                    }
                } catch (IOException e) {
                    log(MessageType.Warning, "cannot walk " + folder + ": " + e.getMessage());
                }
            }
            return new WorkspaceDiagnosticReport(items);
        });
    }

    private boolean isCorpusFile(Path file) {
        boolean hidden = false;
        for (Path part : file) {
            hidden |= part.toString().startsWith(".");
        }
        return !hidden && Files.isRegularFile(file) && CorpusFiles.hasCorpusExtension(file);
    }

    // ---- code actions, hover ---------------------------------------------------------------------

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFutures.computeAsync(cancel -> {
            String uri = params.getTextDocument().getUri();
            List<String> only = params.getContext().getOnly();
            boolean wantQuickFix = only == null || only.stream().anyMatch(k -> CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
            boolean wantFixAll = only == null || only.stream().anyMatch(k -> FIX_ALL_KIND.startsWith(k));
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            Set<String> fixableCodes = new LinkedHashSet<>();
            if (wantQuickFix) {
                for (Diagnostic d : params.getContext().getDiagnostics()) {
                    if (!Translate.SOURCE.equals(d.getSource())) {
                        continue;
                    }
                    for (CodeAction action : Translate.quickFixes(d, uri)) {
                        out.add(Either.forRight(action));
                        fixableCodes.add(d.getCode().getLeft());
                    }
                }
            }
            cancel.checkCanceled();
            OpenDocument doc = documents.get(uri);
            if (doc != null) {
                for (String code : fixableCodes) {
                    CodeAction all = fixAllAction(doc, code, true, "Fix all " + code + " in this file", CodeActionKind.QuickFix);
                    if (all != null) {
                        out.add(Either.forRight(all));
                    }
                }
                if (wantFixAll) {
                    CodeAction fixAll = fixAllAction(doc, null, false, "corpuslint: fix all safely fixable findings", FIX_ALL_KIND);
                    if (fixAll != null) {
                        out.add(Either.forRight(fixAll));
                    }
                }
            }
            return out;
        });
    }

    /**
     * One edit that applies every fix of {@code code} (or of every rule when null) to the current text, through
     * the fix engine so overlapping fixes settle as in `corpuslint fix`. {@code unsafe} includes unsafe
     * fixes; source.fixAll never does. Null when there is nothing to fix.
     */
    private CodeAction fixAllAction(OpenDocument doc, String code, boolean unsafe, String title, String kind) {
        WorkspaceEdit edit = fixAllEdit(doc, code, unsafe);
        if (edit == null) {
            return null;
        }
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setEdit(edit);
        return action;
    }

    private WorkspaceEdit fixAllEdit(OpenDocument doc, String code, boolean unsafe) {
        int version;
        String text;
        synchronized (doc) {
            version = doc.version;
            text = doc.text;
        }
        try {
            Linter full = analysis.linterFor(doc.path != null ? doc.path : Path.of("untitled.md"));
            List<Rule> rules = code == null ? full.rules() : full.rules().stream().filter(r -> r.metadata().code().equals(code)).toList();
            if (rules.isEmpty()) {
                return null;
            }
            CorpusDocument document = CorpusDocument.fromText(doc.path != null ? doc.path.toString() : doc.uri, text);
            FixResult fixed = new FixEngine(new Linter(rules)).fix(document, unsafe);
            if (!fixed.converged() || fixed.fixed().text().equals(text)) {
                return null;
            }
            String after = fixed.fixed().text();
            dev.corpuslint.rules.model.TextRange changed = Translate.changedSpan(text, after);
            Range range = encoding.range(document.lines(), changed);
            String replacement = after.substring(changed.start(), after.length() - (text.length() - changed.end()));
            return Translate.edit(doc.uri, version, List.of(new org.eclipse.lsp4j.TextEdit(range, replacement)));
        } catch (ConfigException e) {
            return null;
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFutures.computeAsync(cancel -> {
            Published p = published.get(params.getTextDocument().getUri());
            if (p == null) {
                return null;
            }
            LineIndex lines = p.result().document().lines();
            int offset = encoding.offset(lines, params.getPosition(), p.result().document().text().length());
            List<String> docs = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (dev.corpuslint.rules.model.Diagnostic d : p.result().diagnostics()) {
                if (d.range().start() <= offset && offset <= d.range().end() && seen.add(d.rule().code())) {
                    docs.add("**" + d.rule().code() + "** " + d.message() + "\n\n" + RuleDocs.of(d.rule().code()).orElse(d.rule().summary()));
                }
            }
            if (docs.isEmpty()) {
                return null;
            }
            return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", docs)));
        });
    }

    // ---- workspace -------------------------------------------------------------------------------

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object settings = params.getSettings();
        if (settings instanceof JsonObject object && object.has("corpuslint")) {
            settings = object.get("corpuslint");
        }
        settings(settings);
        relintAll();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        analysis.reload();
        relintAll();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        List<Path> folders = new ArrayList<>(workspaceFolders);
        for (WorkspaceFolder removed : params.getEvent().getRemoved()) {
            pathOf(removed.getUri()).ifPresent(folders::remove);
        }
        for (WorkspaceFolder added : params.getEvent().getAdded()) {
            pathOf(added.getUri()).ifPresent(folders::add);
        }
        workspaceFolders = List.copyOf(folders);
    }

    private void relintAll() {
        for (OpenDocument doc : documents.values()) {
            schedule(doc, 0);
        }
        LanguageClient c = client;
        if (clientPulls && refreshSupport && c != null) {
            c.refreshDiagnostics().exceptionally(e -> null); // the client pulls again with the new configuration
        }
    }

    /** Client settings: {enable, select, ignore, packs}; anything else is ignored, a wrong type logged. */
    private void settings(Object options) {
        if (!(options instanceof JsonElement element) || !element.isJsonObject()) {
            return;
        }
        JsonObject o = element.getAsJsonObject();
        try {
            boolean enabled = !o.has("enable") || o.get("enable").getAsBoolean();
            for (String problem : analysis.settings(new Analysis.ClientSettings(enabled, strings(o, "select"), strings(o, "ignore"), strings(o, "packs")))) {
                log(MessageType.Error, "rule pack not used: " + problem);
            }
        } catch (RuntimeException e) {
            log(MessageType.Warning, "ignoring corpuslint settings that are not {enable: boolean, select: [..], ignore: [..], packs: [..]}: " + o);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        JsonArray array = o.getAsJsonArray(key);
        array.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return CompletableFutures.computeAsync(cancel -> {
            List<Object> args = params.getArguments() == null ? List.of() : params.getArguments();
            String first = args.isEmpty() ? null : argument(args.get(0));
            switch (params.getCommand()) {
                case "corpuslint.server.fixAll", "corpuslint.server.fixAllUnsafe" -> {
                    OpenDocument doc = first == null ? null : documents.get(first);
                    if (doc == null) {
                        throw invalid("corpuslint.fixAll takes the URI of an open document");
                    }
                    WorkspaceEdit edit = fixAllEdit(doc, null, params.getCommand().endsWith("Unsafe"));
                    if (edit != null && client != null) {
                        client.applyEdit(new ApplyWorkspaceEditParams(edit, "corpuslint: fix all"));
                    }
                    return edit != null;
                }
                case "corpuslint.server.explain" -> {
                    if (first == null) {
                        throw invalid("corpuslint.explain takes a rule code or name");
                    }
                    return dev.corpuslint.rules.BuiltInRules.find(first).flatMap(r -> RuleDocs.of(r.metadata().code()))
                            .orElseThrow(() -> invalid("no rule " + first));
                }
                case "corpuslint.server.convertToUtf8" -> {
                    return convertToUtf8(first);
                }
                case "corpuslint.server.rebuildBoilerplateIndex" -> {
                    return rebuildIndex(first);
                }
                default -> throw invalid("unknown command " + params.getCommand());
            }
        });
    }

    private static String argument(Object arg) {
        if (arg instanceof JsonElement e && e.isJsonPrimitive()) {
            return e.getAsString();
        }
        return arg == null ? null : arg.toString();
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    /** Rewrites a file in UTF-8 (atomically, no BOM), from the charset it was detected in. */
    private String convertToUtf8(String uri) {
        Path path = uri == null ? null : pathOf(uri).orElse(null);
        if (path == null || !Files.isRegularFile(path)) {
            throw invalid("corpuslint.convertToUtf8 takes the URI of a file on disk");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            CorpusDocument document = CorpusDocument.fromBytes(path.toString(), bytes);
            Encoding encoding = document.encoding();
            if (!encoding.malformedOffsets().isEmpty()) {
                throw invalid(path + " has bytes that are not valid in " + encoding.charset().name() + "; converting would lose them");
            }
            String text = document.text();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CorpusFiles.writeAtomically(path, text);
            OpenDocument doc = documents.get(uri);
            if (doc != null) {
                readDisk(doc);
                schedule(doc, 0);
            }
            return "converted " + path + " from " + encoding.charset().name() + " to UTF-8";
        } catch (IOException e) {
            throw invalid("cannot convert " + path + ": " + e.getMessage());
        }
    }

    /** `corpuslint learn` for a folder: counts its documents' lines and writes its boilerplate index. */
    private String rebuildIndex(String folderUri) {
        Path folder = folderUri != null ? pathOf(folderUri).orElse(null) : workspaceFolders.isEmpty() ? null : workspaceFolders.get(0);
        if (folder == null || !Files.isDirectory(folder)) {
            throw invalid("corpuslint.rebuildBoilerplateIndex takes the URI of a folder");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            BoilerplateLearner learner = new BoilerplateLearner(
                    new dev.corpuslint.rules.config.ConfigLoader().forFile(folder.resolve("_")).learning(), Optional.of(folder));
            int n = 0;
            for (Path file : files.filter(this::isCorpusFile).toList()) {
                learner.add(CorpusDocument.fromBytes(file.toString(), Files.readAllBytes(file)));
                n++;
            }
            var index = learner.build();
            LearnedIndexFile.write(index, folder);
            analysis.reload();
            relintAll();
            return "learned " + index.size() + " lines from " + n + " files into " + LearnedIndexFile.locationFor(folder);
        } catch (IOException | ConfigException e) {
            throw invalid("cannot rebuild the boilerplate index of " + folder + ": " + e.getMessage());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Optional<Path> pathOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** To the client's log (window/logMessage) and standard error; never standard output, which is the protocol. */
    void log(MessageType type, String message) {
        System.err.println("corpuslint-lsp: " + message);
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        }
    }
}
