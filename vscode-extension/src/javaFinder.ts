// Finding a Java runtime for the bundled server: the corpuslint.java.home setting, then JAVA_HOME, then
// `java` on PATH. Each candidate must run and report version 21 or newer. Pure logic with injectable
// probes, so it is unit-tested without VS Code.
import * as path from "node:path";

export interface JavaProbe {
  /** Whether a file exists and is executable. */
  isExecutable(file: string): boolean;
  /** The output of `<java> -version` (stderr and stdout), or undefined when it cannot run. */
  versionOutput(java: string): string | undefined;
  /** Where `java` resolves on PATH, if anywhere. */
  onPath(): string | undefined;
}

export interface JavaFound {
  java: string;
  major: number;
  from: "setting" | "JAVA_HOME" | "PATH";
}

export type JavaResult = { ok: true; found: JavaFound } | { ok: false; tried: string[] };

export const MINIMUM_JAVA = 21;

/** The major version in `java -version` output: `openjdk version "25.0.1"` → 25, `"1.8.0_412"` → 8. */
export function parseMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export function findJava(setting: string | undefined, env: NodeJS.ProcessEnv, probe: JavaProbe, platform = process.platform): JavaResult {
  const exe = platform === "win32" ? "java.exe" : "java";
  const candidates: { java: string; from: JavaFound["from"] }[] = [];
  if (setting && setting.trim() !== "") {
    candidates.push({ java: path.join(setting.trim(), "bin", exe), from: "setting" });
  }
  if (env.JAVA_HOME && env.JAVA_HOME.trim() !== "") {
    candidates.push({ java: path.join(env.JAVA_HOME.trim(), "bin", exe), from: "JAVA_HOME" });
  }
  const onPath = probe.onPath();
  if (onPath) {
    candidates.push({ java: onPath, from: "PATH" });
  }
  const tried: string[] = [];
  for (const candidate of candidates) {
    if (!probe.isExecutable(candidate.java)) {
      tried.push(`${candidate.from}: ${candidate.java} (not found)`);
      continue;
    }
    const output = probe.versionOutput(candidate.java);
    const major = output === undefined ? undefined : parseMajor(output);
    if (major === undefined) {
      tried.push(`${candidate.from}: ${candidate.java} (does not run)`);
    } else if (major < MINIMUM_JAVA) {
      tried.push(`${candidate.from}: ${candidate.java} (Java ${major}, needs ${MINIMUM_JAVA}+)`);
    } else {
      return { ok: true, found: { java: candidate.java, major, from: candidate.from } };
    }
  }
  return { ok: false, tried };
}
