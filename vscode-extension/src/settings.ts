// VS Code settings → the language server's initialization options and client-side choices. Pure logic.

export interface CorpuslintSettings {
  enable: boolean;
  select: string[];
  ignore: string[];
  severity: Record<string, string>;
  fixOnSave: boolean;
  serverPath: string;
  javaHome: string;
  trace: "off" | "messages" | "verbose";
  extraGlobs: string[];
  packs: string[];
}

export const DEFAULTS: CorpuslintSettings = {
  enable: true,
  select: [],
  ignore: [],
  severity: {},
  fixOnSave: false,
  serverPath: "",
  javaHome: "",
  trace: "off",
  extraGlobs: [],
  packs: [],
};

/** Reads settings through a `get(key, default)` function (VS Code's WorkspaceConfiguration has one). */
export function readSettings(get: <T>(key: string, fallback: T) => T): CorpuslintSettings {
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  const trace = get("trace.server", DEFAULTS.trace);
  return {
    enable: get("enable", DEFAULTS.enable) !== false,
    select: strings(get("select", DEFAULTS.select)),
    ignore: strings(get("ignore", DEFAULTS.ignore)),
    severity: (get("severity", DEFAULTS.severity) ?? {}) as Record<string, string>,
    fixOnSave: get("fixOnSave", DEFAULTS.fixOnSave) === true,
    serverPath: String(get("server.path", DEFAULTS.serverPath) ?? ""),
    javaHome: String(get("java.home", DEFAULTS.javaHome) ?? ""),
    trace: trace === "messages" || trace === "verbose" ? trace : "off",
    extraGlobs: strings(get("extraGlobs", DEFAULTS.extraGlobs)),
    packs: strings(get("packs", DEFAULTS.packs)),
  };
}

/** What the server understands (see the README's language server section): enable, select, ignore, packs. */
export function initializationOptions(settings: CorpuslintSettings): { enable: boolean; select: string[]; ignore: string[]; packs: string[] } {
  return { enable: settings.enable, select: settings.select, ignore: settings.ignore, packs: settings.packs };
}

/** The documents the client sends to the server: Markdown, HTML, plain text (files and untitled), extra globs. */
export function documentSelector(settings: CorpuslintSettings): { scheme?: string; language?: string; pattern?: string }[] {
  const selector: { scheme?: string; language?: string; pattern?: string }[] = [];
  for (const language of ["markdown", "html", "plaintext"]) {
    selector.push({ scheme: "file", language }, { scheme: "untitled", language });
  }
  for (const pattern of settings.extraGlobs) {
    selector.push({ scheme: "file", pattern });
  }
  return selector;
}

/** Severity overrides are applied by the client: "error" | "warning" | "info" for a rule code, by the most specific selector. */
export function severityFor(code: string, overrides: Record<string, string>): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [selector, level] of Object.entries(overrides)) {
    const upper = selector.toUpperCase();
    if ((upper === code || code.startsWith(upper)) && upper.length > bestLength) {
      best = level;
      bestLength = upper.length;
    }
  }
  return best;
}
