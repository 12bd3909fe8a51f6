import assert from "node:assert/strict";
import { test } from "node:test";
import { findJava, parseMajor, type JavaProbe } from "../../src/javaFinder.ts";

function probe(javas: Record<string, string | undefined>, onPath?: string): JavaProbe {
  return {
    isExecutable: (file) => file in javas,
    versionOutput: (java) => javas[java],
    onPath: () => onPath,
  };
}

test("parses the major version of old and new Java", () => {
  assert.equal(parseMajor('openjdk version "25.0.1" 2025-10-21'), 25);
  assert.equal(parseMajor('java version "1.8.0_412"'), 8);
  assert.equal(parseMajor('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseMajor("no version here"), undefined);
});

test("the setting wins over JAVA_HOME and PATH", () => {
  const result = findJava("/jdk25", { JAVA_HOME: "/jdk21" }, probe({
    "/jdk25/bin/java": 'openjdk version "25.0.1"',
    "/jdk21/bin/java": 'openjdk version "21.0.4"',
  }), "linux");
  assert.deepEqual(result, { ok: true, found: { java: "/jdk25/bin/java", major: 25, from: "setting" } });
});

test("a Java older than 21 is skipped for the next candidate", () => {
  const result = findJava("", { JAVA_HOME: "/jdk17" }, probe({
    "/jdk17/bin/java": 'openjdk version "17.0.15"',
    "/usr/bin/java": 'openjdk version "21.0.4"',
  }, "/usr/bin/java"), "linux");
  assert.equal(result.ok && result.found.from, "PATH");
});

test("nothing suitable says what was tried", () => {
  const result = findJava("/missing", { JAVA_HOME: "/jdk11" }, probe({ "/jdk11/bin/java": 'openjdk version "11.0.2"' }), "linux");
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.tried, [
    "setting: /missing/bin/java (not found)",
    "JAVA_HOME: /jdk11/bin/java (Java 11, needs 21+)",
  ]);
});
