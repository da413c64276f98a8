#!/usr/bin/env bash
# The one test command (README, CI): restores, builds and runs every test project.
# The W3C suites are read from $KG_W3C_TESTS, else ../shared/w3c-tests beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ -z "${KG_W3C_TESTS:-}" ] && [ -d ../shared/w3c-tests ]; then
  export KG_W3C_TESTS="$(cd ../shared/w3c-tests && pwd)"
fi
dotnet build KnowledgeGraph.sln -c Release
dotnet test KnowledgeGraph.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
