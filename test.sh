#!/usr/bin/env bash
# Bootstraps what is missing, then runs the whole test suite and prints one "N passed, N failed" line.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/bootstrap.sh"
set -e
DIOVERIFY_TEST_DEPS=1 bootstrap_packages
bootstrap_dotnet
set +e
cd "$dioverify_root"

# Tests must never launch a diff tool, even on a developer's desktop.
export DiffEngine_Disabled=true

log=$(mktemp)
dotnet test DioVerify.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" \
  | grep -vE '^\s+(Passed|Skipped) [A-Za-z_.]' 
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Total tests: 10" / "     Passed: 10" / "     Failed: 1" / "    Skipped: 2").
count() { grep -E "^ +$1: +[0-9]+ *$" "$log" | awk -F: '{n+=$2} END {print n+0}'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
