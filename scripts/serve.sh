#!/usr/bin/env bash
# The README's run command: serve the seed data over the embedded LMDB store.
# The server (src/KnowledgeGraph.Server, `kg serve`) is the subject of the open server issue and is not
# built yet; until it is, this script says so instead of pretending.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d src/KnowledgeGraph.Server ]; then
  bash scripts/install-deps.sh
  exec dotnet run -c Release --project src/KnowledgeGraph.Cli -- serve --store ./data --seed seed-data "$@"
fi
echo "The server is not built yet (see the server issue). Meanwhile: 'bash scripts/test.sh', and" >&2
echo "'dotnet run --project src/KnowledgeGraph.Cli -- --help' for the kg command." >&2
exit 2
