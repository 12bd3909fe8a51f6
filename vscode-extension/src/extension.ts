// The corpuslint VS Code extension: starts the corpuslint language server (the bundled jar on a JDK 21+,
// or a server executable from the settings) and adds commands, fix-on-save and a status bar item. The
// server decides everything; this file wires VS Code to it.
import * as cp from "node:child_process";
import * as fs from "node:fs";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  Trace,
} from "vscode-languageclient/node";
import { findJava, type JavaProbe } from "./javaFinder";
import { documentSelector, initializationOptions, readSettings, severityFor } from "./settings";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
let serverState = "stopped";

const probe: JavaProbe = {
  isExecutable: (file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  versionOutput: (java) => {
    const run = cp.spawnSync(java, ["-version"], { encoding: "utf8", timeout: 15000 });
    return run.error ? undefined : `${run.stderr ?? ""}${run.stdout ?? ""}`;
  },
  onPath: () => {
    const run = cp.spawnSync(process.platform === "win32" ? "where" : "which", ["java"], { encoding: "utf8" });
    const first = (run.stdout ?? "").split(/\r?\n/)[0]?.trim();
    return run.status === 0 && first ? first : undefined;
  },
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("corpuslint", { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = "corpuslint.showOutput";
  context.subscriptions.push(output, status);

  const command = (id: string, run: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  command("corpuslint.showOutput", () => output.show(true));
  command("corpuslint.restart", async () => {
    await stop();
    await start(context);
  });
  command("corpuslint.fixAll", () => fixAll(false));
  command("corpuslint.fixAllUnsafe", async () => {
    const choice = await vscode.window.showWarningMessage(
      "Apply unsafe fixes too? They delete text (boilerplate) or rest on a guess; review the result before saving.",
      { modal: true },
      "Apply",
    );
    if (choice === "Apply") {
      await fixAll(true);
    }
  });
  command("corpuslint.explain", async (code?: unknown) => {
    const rule = typeof code === "string" ? code : await vscode.window.showInputBox({ prompt: "Rule code or name (e.g. BP104)" });
    if (rule) {
      const doc = await serverCommand("corpuslint.server.explain", [rule]);
      if (typeof doc === "string") {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: doc, language: "markdown" }));
      }
    }
  });
  command("corpuslint.convertToUtf8", async () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (uri?.scheme === "file") {
      const message = await serverCommand("corpuslint.server.convertToUtf8", [uri.toString()]);
      if (typeof message === "string") {
        vscode.window.showInformationMessage(message);
      }
    }
  });
  command("corpuslint.rebuildBoilerplateIndex", async () => {
    const folder = vscode.window.activeTextEditor
      ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
      : vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const message = await serverCommand("corpuslint.server.rebuildBoilerplateIndex", [folder.uri.toString()]);
      if (typeof message === "string") {
        vscode.window.showInformationMessage(message);
      }
    }
  });

  // Rule docs linked from diagnostics (corpuslint:/rules/CODE) open as Markdown.
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider("corpuslint", {
      provideTextDocumentContent: async (uri) => {
        const doc = await serverCommand("corpuslint.server.explain", [uri.path.replace(/^\/rules\//, "")]);
        return typeof doc === "string" ? doc : `No documentation for ${uri.path}.`;
      },
    }),
  );

  context.subscriptions.push(
    vscode.workspace.onWillSaveTextDocument((event) => {
      const settings = readSettings(vscode.workspace.getConfiguration("corpuslint").get);
      if (settings.fixOnSave && client?.state === State.Running) {
        event.waitUntil(safeFixEdits(event.document));
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (
        event.affectsConfiguration("corpuslint.server.path") ||
        event.affectsConfiguration("corpuslint.java.home") ||
        event.affectsConfiguration("corpuslint.extraGlobs") ||
        event.affectsConfiguration("corpuslint.severity")
      ) {
        await stop();
        await start(context);
      } else if (event.affectsConfiguration("corpuslint.trace.server") && client) {
        await client.setTrace(Trace.fromString(readSettings(vscode.workspace.getConfiguration("corpuslint").get).trace));
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("corpuslint");
  const settings = readSettings(<T>(key: string, fallback: T) => config.get<T>(key, fallback));
  let serverOptions: ServerOptions;
  if (settings.serverPath !== "") {
    serverOptions = { command: settings.serverPath, args: [] };
  } else {
    const found = findJava(settings.javaHome, process.env, probe);
    if (!found.ok) {
      // One clear notification and no retry loop: nothing starts until the settings change or a restart.
      setState("no Java");
      output.appendLine(`No JDK 21 or newer found. Tried:\n  ${found.tried.join("\n  ") || "(no candidates)"}`);
      const choice = await vscode.window.showErrorMessage(
        "corpuslint needs Java 21 or newer to run its language server. Install a JDK (e.g. Temurin 21+) or set corpuslint.java.home, then restart the server.",
        "Open Settings",
        "Show Output",
      );
      if (choice === "Open Settings") {
        vscode.commands.executeCommand("workbench.action.openSettings", "corpuslint.java.home");
      } else if (choice === "Show Output") {
        output.show(true);
      }
      return;
    }
    output.appendLine(`Using ${found.found.java} (Java ${found.found.major}, from ${found.found.from})`);
    const jar = context.asAbsolutePath("server/corpuslint-lsp.jar");
    serverOptions = { command: found.found.java, args: ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar] };
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings) as LanguageClientOptions["documentSelector"],
    initializationOptions: initializationOptions(settings),
    outputChannel: output,
    synchronize: { configurationSection: "corpuslint" },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        for (const d of diagnostics) {
          const level = typeof d.code === "string" ? severityFor(d.code, settings.severity) : undefined;
          if (level === "error") d.severity = vscode.DiagnosticSeverity.Error;
          else if (level === "warning") d.severity = vscode.DiagnosticSeverity.Warning;
          else if (level === "info") d.severity = vscode.DiagnosticSeverity.Information;
        }
        next(uri, diagnostics);
      },
    },
  };
  client = new LanguageClient("corpuslint", "corpuslint", serverOptions, clientOptions);
  client.onDidChangeState((event) => {
    setState(event.newState === State.Running ? "running" : event.newState === State.Starting ? "starting" : "stopped");
  });
  setState("starting");
  try {
    await client.start();
    await client.setTrace(Trace.fromString(settings.trace));
  } catch (error) {
    setState("stopped");
    output.appendLine(`The server did not start: ${String(error)}`);
    vscode.window.showErrorMessage("corpuslint: the language server did not start; see the corpuslint output.", "Show Output").then((choice) => {
      if (choice) output.show(true);
    });
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch {
      // already stopped
    }
  }
  setState("stopped");
}

async function serverCommand(command: string, args: unknown[]): Promise<unknown> {
  if (!client || client.state !== State.Running) {
    vscode.window.showWarningMessage("corpuslint: the language server is not running.");
    return undefined;
  }
  try {
    return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  } catch (error) {
    vscode.window.showErrorMessage(`corpuslint: ${String((error as Error).message ?? error)}`);
    return undefined;
  }
}

async function fixAll(unsafe: boolean): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document) {
    await serverCommand(unsafe ? "corpuslint.server.fixAllUnsafe" : "corpuslint.server.fixAll", [document.uri.toString()]);
  }
}

/** The edits of the server's source.fixAll.corpuslint action (safe fixes only). */
async function safeFixEdits(document: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    "vscode.executeCodeActionProvider",
    document.uri,
    new vscode.Range(0, 0, document.lineCount, 0),
    "source.fixAll.corpuslint",
  );
  const action = actions?.find((a) => a.kind?.value === "source.fixAll.corpuslint" && a.edit);
  return action?.edit?.get(document.uri) ?? [];
}

function setState(state: string): void {
  serverState = state;
  updateStatus();
}

function updateStatus(): void {
  if (!status) return;
  const editor = vscode.window.activeTextEditor;
  const problems = editor
    ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === "corpuslint").length
    : 0;
  status.text = serverState === "running" ? `$(checklist) corpuslint: ${problems}` : `$(circle-slash) corpuslint: ${serverState}`;
  status.tooltip = `corpuslint language server: ${serverState}; ${problems} corpuslint problems in this file`;
  status.show();
}
