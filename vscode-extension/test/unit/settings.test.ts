import assert from "node:assert/strict";
import { test } from "node:test";
import { documentSelector, initializationOptions, readSettings, severityFor } from "../../src/settings.ts";

function getter(values: Record<string, unknown>) {
  return <T>(key: string, fallback: T): T => (key in values ? (values[key] as T) : fallback);
}

test("settings become the server's initialization options", () => {
  const settings = readSettings(getter({ enable: true, select: ["ALL"], ignore: ["FM013", 3], packs: ["/p/mine.yaml"], "trace.server": "verbose" }));
  assert.deepEqual(initializationOptions(settings), { enable: true, select: ["ALL"], ignore: ["FM013"], packs: ["/p/mine.yaml"] });
  assert.equal(settings.trace, "verbose");
  assert.equal(readSettings(getter({ enable: false })).enable, false);
  assert.equal(readSettings(getter({ "trace.server": "loud" })).trace, "off");
});

test("the selector covers Markdown, HTML, plain text (files and untitled) and extra globs", () => {
  const selector = documentSelector(readSettings(getter({ extraGlobs: ["**/*.text"] })));
  assert.ok(selector.some((s) => s.scheme === "untitled" && s.language === "markdown"));
  assert.ok(selector.some((s) => s.scheme === "file" && s.language === "html"));
  assert.ok(selector.some((s) => s.pattern === "**/*.text"));
});

test("severity overrides take the most specific selector", () => {
  const overrides = { EN: "info", EN009: "error" };
  assert.equal(severityFor("EN009", overrides), "error");
  assert.equal(severityFor("EN001", overrides), "info");
  assert.equal(severityFor("BP001", overrides), undefined);
});
