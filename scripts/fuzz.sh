#!/usr/bin/env bash
# fuzz.sh TEST [MINUTES]: fuzzes one loader for longer than mvn verify does, e.g.
#   scripts/fuzz.sh DiagramFileFuzzTest 10
# Jazzer fuzzes ten seconds a run (the tests' maxDuration); each run goes on from the corpus the
# last one left in .cifuzz-corpus/, so the runs add up to one long campaign. A finding stops the
# loop; Jazzer writes the crashing input beside the test's seeds (src/test/resources/.../*Inputs/),
# where the ordinary test run replays it from then on.
set -euo pipefail
test=${1:?usage: fuzz.sh TEST [MINUTES]}
minutes=${2:-10}
cd "$(dirname "$0")/.."
end=$(( $(date +%s) + minutes * 60 ))
runs=0
while [ "$(date +%s)" -lt "$end" ]; do
  JAZZER_FUZZ=1 mvn -B -q -o test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false
  runs=$((runs + 1))
done
echo "$test: $runs runs, $(ls ".cifuzz-corpus/com.cloudwright.fuzz.$test"/* 2>/dev/null | wc -l) corpus files, no finding"
