// End to end in a real VS Code: code-server with the packaged extension, driven by playwright-core in
// Debian's Chromium. Opens a copy of seed 000, waits for corpuslint's problems, applies the date's quick fix
// from the lightbulb menu, saves, and checks the file on disk. Leaves a screenshot in test-results/.
// Usage: E2E_TOOLS=<dir with node_modules/playwright-core> node test/e2e/e2e.mjs <code-server binary> <vsix>
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

// playwright-core lives with the other e2e tools (E2E_TOOLS), not in the extension's dependencies.
const { chromium } = createRequire(join(process.env.E2E_TOOLS ?? process.cwd(), "node_modules", "_"))("playwright-core");

const [codeServer, vsix] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = join(here, "..", "..");
const results = join(extensionRoot, "test-results");
mkdirSync(results, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "corpuslint-e2e-"));
const userData = join(tmp, "user-data");
const extensions = join(tmp, "extensions");
const workspace = join(tmp, "corpus");
mkdirSync(join(userData, "User"), { recursive: true });
mkdirSync(workspace, { recursive: true });
const file = join(workspace, "000.txt");
copyFileSync(join(extensionRoot, "..", "examples", "corpus", "000_fa597fd7d97116e6.txt"), file);
writeFileSync(join(userData, "User", "settings.json"), JSON.stringify({
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "workbench.tips.enabled": false,
  "editor.lightbulb.enabled": "on",
  "files.autoSave": "off",
  "telemetry.telemetryLevel": "off",
}));

const fail = (message) => {
  console.error(`e2e: ${message}`);
  process.exitCode = 1;
};

const install = spawnSync(codeServer, ["--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", vsix], { encoding: "utf8" });
if (install.status !== 0) {
  console.error(install.stdout, install.stderr);
  throw new Error("installing the .vsix failed");
}

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const server = spawn(codeServer, ["--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--user-data-dir", userData,
  "--extensions-dir", extensions, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", workspace],
  { stdio: ["ignore", "pipe", "pipe"], env: process.env });
let serverLog = "";
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const shot = (name) => page.screenshot({ path: join(results, name) });
try {
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { timeout: 10000 });
      break;
    } catch (error) {
      if (i > 30) throw error;
      await page.waitForTimeout(1000);
    }
  }
  await page.waitForSelector(".monaco-workbench", { timeout: 120000 });
  await page.waitForTimeout(3000);
  // Open the file with Quick Open.
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget input", { timeout: 30000 });
  await page.keyboard.type("000.txt");
  await page.waitForTimeout(1500);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".monaco-editor .view-lines", { timeout: 30000 });
  // The Problems panel fills once the server has linted the file.
  await page.keyboard.press("Control+Shift+M");
  const problem = page.locator(".markers-panel .monaco-list-row", { hasText: "RFC 1123" }).first();
  await problem.waitFor({ timeout: 120000 });
  await shot("problems.png");
  // Go to the finding, then open the lightbulb (quick fix) menu and take the date rewrite.
  await problem.dblclick(); // opens the finding in the editor, with the editor focused
  await page.waitForTimeout(1500);
  // The lightbulb in the gutter opens the quick-fix menu (Ctrl+. does the same when it is not drawn yet).
  const bulb = page.locator(".lightBulbWidget, .codicon-light-bulb").first();
  if (await bulb.isVisible().catch(() => false)) {
    await bulb.click();
  } else {
    await page.keyboard.press("Control+.");
  }
  const fix = page.locator(".action-widget .monaco-list-row", { hasText: "Rewrite as" }).first();
  await fix.waitFor({ timeout: 30000 });
  await shot("quick-fix.png");
  await fix.click();
  await page.waitForTimeout(1000);
  await page.keyboard.press("Control+S");
  let saved = "";
  for (let i = 0; i < 60 && !saved.includes("date: 2021-06-09T07:18:08Z"); i++) {
    await page.waitForTimeout(500);
    saved = readFileSync(file, "utf8");
  }
  await shot("e2e.png");
  if (!saved.includes("date: 2021-06-09T07:18:08Z")) {
    fail("the file on disk does not have the ISO date after the quick fix and save");
  } else if (saved.includes("Wed, 09 Jun 2021")) {
    fail("the RFC 1123 date is still in the file");
  } else {
    console.log("e2e: the quick fix rewrote the date and the file was saved; screenshots in test-results/");
  }
} catch (error) {
  await shot("failure.png").catch(() => {});
  fail(`${error.message}\n--- code-server log ---\n${serverLog.slice(-4000)}`);
} finally {
  await browser.close();
  server.kill();
}
