#!/usr/bin/env bash
# The one test command (README, CI): restores, builds and runs every test project, then prints one
# closing line "Tests: N passed, N failed, N skipped" summed over the projects.
# The W3C suites are read from $KG_W3C_TESTS, else ../shared/w3c-tests beside the repository
# (without them the conformance tests are skipped and say how to fetch the suites).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ -z "${KG_W3C_TESTS:-}" ] && [ -d ../shared/w3c-tests ]; then
  KG_W3C_TESTS="$(cd ../shared/w3c-tests && pwd)"
  export KG_W3C_TESTS
fi
bash scripts/install-deps.sh
dotnet build KnowledgeGraph.sln -c Release
log=$(mktemp)
status=0
dotnet test KnowledgeGraph.sln -c Release --no-build --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
