#!/usr/bin/env bash
# The VS Code extension: its unit tests, its .vsix (with the server jar Maven built), and an end-to-end test
# in a real VS Code (code-server from npm, Node 24 from npm's node@24, playwright-core driving Debian's
# Chromium). Installs those into vscode-extension/.e2e-tools on first use (Debian's libkrb5-dev, chromium and
# CJK fonts come from scripts/install-test-tools). Run by ./run-tests after the Maven build.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
ext="$root/vscode-extension"
tools="$ext/.e2e-tools"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

mkdir -p "$tools"
if [ ! -x "$tools/node_modules/node/bin/node" ] || [ ! -x "$tools/node_modules/.bin/code-server" ] || [ ! -d "$tools/node_modules/playwright-core" ]; then
  echo "vscode-e2e: installing node@24, code-server and playwright-core into $tools" >&2
  (cd "$tools" && [ -f package.json ] || echo '{"name":"e2e-tools","private":true}' >"$tools/package.json")
  (cd "$tools" && npm install --no-save node@24 >/dev/null)
  export PATH="$tools/node_modules/node/bin:$PATH"
  (cd "$tools" && npm install --no-save node@24 code-server@4.139.1 playwright-core@1.65.1 >/dev/null)
  # npm 11 does not run install scripts by default; code-server's installs VS Code's own dependencies.
  (cd "$tools/node_modules/code-server" && npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" sh ./postinstall.sh >"$tools/postinstall.log" 2>&1) \
    || { tail -n 30 "$tools/postinstall.log" >&2; echo "vscode-e2e: code-server's postinstall failed" >&2; exit 1; }
fi
export PATH="$tools/node_modules/node/bin:$PATH"

cd "$ext"
npm ci >/dev/null
npm run test:unit
npm run package >/dev/null
rm -rf test-results
E2E_TOOLS="$tools" JAVA_HOME="${JAVA_HOME:-}" node test/e2e/e2e.mjs "$tools/node_modules/.bin/code-server" "$ext/corpuslint.vsix"
