#!/usr/bin/env bash
# The pre-commit hooks as a user meets them (Debian's pre-commit, a throwaway git repository): committing
# a seed file fails with its findings; after the fix hook, the commit passes. The hooks come from a
# snapshot of this working tree (so uncommitted changes are what is tested) and run the jar the Maven build
# just made (CORPUSLINT_APP), instead of building a second copy. Run by ./run-tests after the build.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit-test: pre-commit is missing (scripts/install-test-tools)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
export CORPUSLINT_APP="$root/cli/target/corpuslint.jar"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
export GIT_CONFIG_GLOBAL=/dev/null

# The hooks' repository: this working tree, committed as it is.
mkdir "$tmp/hooks"
tar -C "$root" --exclude=./.git --exclude='*/target' --exclude=./.corpuslint -cf - . | tar -C "$tmp/hooks" -xf -
git -C "$tmp/hooks" init -q && git -C "$tmp/hooks" add -A && git -C "$tmp/hooks" commit -q -m snapshot
rev=$(git -C "$tmp/hooks" rev-parse HEAD)

# A corpus repository that uses them.
repo="$tmp/corpus"
mkdir -p "$repo/news"
git -C "$repo" init -q
cat >"$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: corpuslint-check
      - id: corpuslint-fix
YAML
cp "$root/examples/corpus/000_fa597fd7d97116e6.txt" "$repo/news/000.txt"
cd "$repo"
pre-commit install >/dev/null
git add -A

fail() { echo "pre-commit-test: $*" >&2; exit 1; }
if out=$(git commit -q -m "add a seed" 2>&1); then
  fail "the commit of a seed file passed; expected the check hook to fail it"$'\n'"$out"
fi
grep -q "news/000.txt:11:7: FM003" <<<"$out" || fail "the failed commit did not show the findings:"$'\n'"$out"

if out=$(pre-commit run corpuslint-fix --hook-stage manual --files news/000.txt 2>&1); then
  fail "the fix hook changed nothing"$'\n'"$out"
fi
grep -q "date: 2021-06-09T07:18:08Z" news/000.txt || fail "the fix hook did not fix the date"
git add -A
out=$(git commit -q -m "add a seed, fixed" 2>&1) || fail "the commit after the fix hook failed:"$'\n'"$out"
git log --oneline | grep -q "add a seed, fixed" || fail "no commit was made"
echo "pre-commit: a seed fails the check hook, passes after the fix hook"
