#!/usr/bin/env bash
# Rewrites the expected CloudFormation templates (src/test/resources/cfn/golden) from the current
# exporter, for every fixture (src/test/resources/cfn/fixtures) and example (examples/*.cwd.json).
# Review the diff before committing: it is the exporter's behaviour change.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=GoldenTemplatesTest -Dcfn.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false
git status --short src/test/resources/cfn/golden
