#!/usr/bin/env bash
# fuzz.sh TEST [MINUTES]: fuzzes one loader for longer than mvn verify does (ten seconds), e.g.
#   scripts/fuzz.sh IconSvgFuzzTest 10
# Runs Jazzer's own driver on the @FuzzTest method in one JVM, so a long run is one campaign. The
# corpus it grows is kept in .cifuzz-corpus/TEST (git-ignored) and taken up again by the next run; a
# finding stops the run and its input is written beside the test's seeds
# (src/test/resources/<package>/TESTInputs/<method>/crash-…), where the ordinary test run replays it
# from then on. Executions, coverage and the peak memory are printed at the end.
set -euo pipefail
test=${1:?usage: fuzz.sh TEST [MINUTES]}
minutes=${2:-10}
cd "$(dirname "$0")/.."
source=$(find src/test/java -name "$test.java" | head -1)
[ -n "$source" ] || { echo "fuzz.sh: no test named $test under src/test/java" >&2; exit 2; }
package_dir=$(dirname "${source#src/test/java/}")
class=$(echo "$package_dir/$test" | tr / .)
method=$(grep -A1 '@FuzzTest' "$source" | grep -oE 'void [A-Za-z0-9_]+' | head -1 | cut -d' ' -f2)
seeds="src/test/resources/$package_dir/${test}Inputs/$method"
corpus=".cifuzz-corpus/$test"
mkdir -p "$corpus" "$seeds"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test
# jsvg is fuzzed along with our code: its parser and renderer are what an icon reaches.
includes='com.cloudwright.**:com.github.weisj.**'
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)" \
  com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" \
  --instrumentation_includes="$includes" \
  -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
  -artifact_prefix="$seeds/" "$corpus" "$seeds"
