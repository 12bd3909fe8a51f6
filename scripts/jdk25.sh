# Sourced by the scripts that must run JDK 25 itself, not just any JDK the launcher accepts: the benchmarks
# (the launcher's JIT and AOT flags, the JDK's AOT cache) and the Maven wrapper's jvm.config. Keeps JAVA_HOME
# when it is 25 or newer, else takes a JDK 25 from /usr/lib/jvm; exported, so what they start uses it too.
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  JAVA_HOME="$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)"
fi
export JAVA_HOME
