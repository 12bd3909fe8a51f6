#!/usr/bin/env bash
# Tests of the ./corpuslint launcher itself (JDK discovery, AOT cache freshness, the README command).
# Run by ./run-tests after the Maven build; prints "N passed, N failed" and exits non-zero on failure.
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
passed=0
failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}

readme_command_reports_findings() {
  local out status
  out=$(./corpuslint check examples 2>/dev/null); status=$?
  [ "$status" -eq 1 ] && grep -qE '^Checked 5 files: [0-9]+ findings' <<<"$out" \
    && grep -q '^examples/corpus/000_fa597fd7d97116e6.txt:11:7: FM003 ' <<<"$out"
}

says_what_is_missing_without_a_jdk() {
  local out status
  # Only /usr/bin on PATH (its java, if any, is older than 21 or absent) and no JDK folders to search.
  out=$(env -u JAVA_HOME CORPUSLINT_JDK_DIRS=/nonexistent PATH=/nonexistent:/usr/bin:/bin ./corpuslint check examples 2>&1)
  status=$?
  if command -v java >/dev/null && [ "$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')" -ge 21 ] 2>/dev/null; then
    return 0 # a JDK >= 21 on /usr/bin/java: nothing to test on this machine
  fi
  [ "$status" -eq 2 ] && grep -q 'no JDK 21 or newer found' <<<"$out"
}

aot_cache_is_rebuilt_when_the_application_changes() {
  local jar=cli/target/corpuslint.jar aot=cli/target/corpuslint.aot
  ./corpuslint rules >/dev/null || return 1
  [ -f "$aot" ] || { echo "no AOT cache (JDK < 25?)" >&2; return 1; }
  touch "$jar"
  sleep 1
  ./corpuslint rules >/dev/null || return 1
  [ "$aot" -nt "$jar" ]
}

# The JVM silently ignores a cache made under other options (-XX:-CompactStrings, for one), so the launcher
# keeps the options beside the cache and makes a new one when they differ.
aot_cache_is_rebuilt_when_the_launchers_options_change() {
  local aot=cli/target/corpuslint.aot made_with
  ./corpuslint rules >/dev/null || return 1
  IFS= read -r made_with <"$aot.opts" || return 1
  grep -q -- '-XX:-CompactStrings' <<<"$made_with" || { echo "options not recorded: $made_with" >&2; return 1; }
  echo "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m" >"$aot.opts"
  # The cache stays newer than the jar, so only the options can make the launcher replace it.
  touch -d "@$(( $(stat -c %Y cli/target/corpuslint.jar) + 1 ))" "$aot"
  touch -r "$aot" "$aot.before"
  sleep 1
  ./corpuslint rules >/dev/null || { rm -f "$aot.before"; return 1; }
  local replaced=1
  [ "$aot" -nt "$aot.before" ] && replaced=0
  rm -f "$aot.before"
  [ "$replaced" -eq 0 ] && [ "$(cat "$aot.opts")" = "$made_with" ]
}

# The classes one `--version` run loads and where from (both tests below read it; one run is enough).
class_load_log() {
  [ -n "${class_loads:-}" ] || class_loads="$(CORPUSLINT_JAVA_OPTS='-Xlog:class+load=info:stdout' ./corpuslint --version)"
}

# The launcher runs dev.corpuslint.cli.Main, which skips Quarkus's start-up (docs/decisions.md).
launcher_runs_without_quarkus_start_up() {
  class_load_log || return 1
  grep -q 'dev.corpuslint.cli.Main ' <<<"$class_loads" && ! grep -q 'io.quarkus.runtime.Application ' <<<"$class_loads"
}

# picocli's classes come from the AOT cache, not the jar (cli/src/build/UpgradeClassFiles.java), though a plain check
# skips picocli (DirectCheck): the other commands' cache is trained through it (-Dcorpuslint.direct-check=false).
picocli_comes_from_the_aot_cache() {
  class_load_log || return 1
  grep -q 'picocli.CommandLine source: shared objects file' <<<"$class_loads"
}

# The AOT cache's training run takes a corpus check's path (learning, held results, the worker threads), so a
# directory check finds those classes in the cache rather than loading them from the jar and the JDK's modules.
corpus_check_path_comes_from_the_aot_cache() {
  local log
  log="$(mktemp)"
  CORPUSLINT_JAVA_OPTS="-Xlog:class+load=info:file=$log" ./corpuslint check --no-cache cli/src/aot-training >/dev/null 2>&1
  local ok=1
  grep -q 'dev.corpuslint.cli.LearningCheck source: shared objects file' "$log" \
    && grep -q 'java.util.concurrent.ThreadPoolExecutor source: shared objects file' "$log" && ok=0
  rm -f "$log"
  return "$ok"
}

# A plain check has a cache of its own, trained as DirectCheck runs it: picocli's model is neither in it (a
# cache loads all its classes at start) nor loaded, and the check's own classes come from it.
a_plain_check_has_a_cache_without_picocli_s_model() {
  local log ok=1
  log="$(mktemp)"
  CORPUSLINT_JAVA_OPTS="-Xlog:class+load=info:file=$log" ./corpuslint check --no-cache examples/corpus/000_fa597fd7d97116e6.txt >/dev/null 2>&1
  [ -f cli/target/corpuslint-check.aot ] && grep -q 'dev.corpuslint.cli.DirectCheck source: shared objects file' "$log" \
    && ! grep -q 'picocli.CommandLine$Model$CommandReflection ' "$log" && ok=0
  rm -f "$log"
  return "$ok"
}

# The launcher finds its checkout without readlink unless it is reached through a symbolic link: from another
# directory, by a relative path, through bash, and through a link elsewhere.
launcher_finds_its_checkout_however_it_is_started() {
  local tmp ok=1
  tmp="$(mktemp -d)"
  ln -s "$root/corpuslint" "$tmp/corpuslint"
  (cd "$tmp" && ./corpuslint --version | grep -q '^corpuslint ') \
    && (cd examples && ../corpuslint --version | grep -q '^corpuslint ') \
    && (cd "$tmp" && bash "$root/corpuslint" --version | grep -q '^corpuslint ') \
    && (cd / && "$root/corpuslint" --version | grep -q '^corpuslint ') && ok=0
  rm -rf "$tmp"
  return "$ok"
}

# A source newer than the jar makes the launcher build again before it runs (a checkout just pulled or edited).
a_changed_source_rebuilds_the_jar() {
  local source=cli/src/main/java/dev/corpuslint/cli/Main.java jar=cli/target/corpuslint.jar err
  touch "$source"
  err="$(./corpuslint --version 2>&1 >/dev/null)" || return 1
  grep -q 'building corpuslint' <<<"$err" && [ "$jar" -nt "$source" ] \
    && ! ./corpuslint --version 2>&1 >/dev/null | grep -q 'building corpuslint'
}

# Transparent huge pages are asked for where the kernel grants them on request or always, and not where it has
# them off (the JVM would print a warning on stdout). A copy of the jar keeps these runs' caches out of the checkout's.
huge_pages_are_asked_for_only_where_the_kernel_grants_them() {
  local tmp ok=1 granted refused
  tmp="$(mktemp -d)"
  cp cli/target/corpuslint.jar "$tmp/"
  printf 'always [madvise] never' >"$tmp/madvise"   # no final newline: read either way
  printf 'always madvise [never]\n' >"$tmp/never"
  granted="$(CORPUSLINT_APP="$tmp/corpuslint.jar" CORPUSLINT_THP_FILE="$tmp/madvise" CORPUSLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags ./corpuslint --version)"
  refused="$(CORPUSLINT_APP="$tmp/corpuslint.jar" CORPUSLINT_THP_FILE="$tmp/never" CORPUSLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags ./corpuslint --version)"
  grep -q -- '-XX:+UseTransparentHugePages' <<<"$granted" && grep -q '^corpuslint ' <<<"$granted" \
    && ! grep -q 'TransparentHugePages' <<<"$refused" && grep -q '^corpuslint ' <<<"$refused" && ok=0
  rm -rf "$tmp"
  return "$ok"
}

check "README command reports findings and exits 1" readme_command_reports_findings
check "a missing JDK is named, exit 2" says_what_is_missing_without_a_jdk
check "AOT cache is rebuilt when the jar changes" aot_cache_is_rebuilt_when_the_application_changes
check "AOT cache is rebuilt when the launcher's JVM options change" aot_cache_is_rebuilt_when_the_launchers_options_change
check "the launcher starts the commands without Quarkus's start-up" launcher_runs_without_quarkus_start_up
check "picocli is loaded from the AOT cache" picocli_comes_from_the_aot_cache
check "a corpus check's learning and worker classes are loaded from the AOT cache" corpus_check_path_comes_from_the_aot_cache
check "a plain check has its own AOT cache, without picocli's model" a_plain_check_has_a_cache_without_picocli_s_model
check "the launcher finds its checkout from anywhere and through a symbolic link" launcher_finds_its_checkout_however_it_is_started
check "a source newer than the jar rebuilds it" a_changed_source_rebuilds_the_jar
check "transparent huge pages are asked for only where the kernel grants them" huge_pages_are_asked_for_only_where_the_kernel_grants_them
echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
