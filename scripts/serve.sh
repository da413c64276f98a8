#!/usr/bin/env bash
# The README's run command: serve the seed data over the embedded LMDB store in ./data (created and loaded
# from seed-data/ on first start). Writes need a token: export KnowledgeGraph__UpdateToken=... first.
# Extra arguments go to `kg serve` (e.g. --port 8080, --read-only, --KnowledgeGraph:QueryTimeout=00:01:00).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
exec dotnet run -c Release --project src/KnowledgeGraph.Cli -- serve --store ./data --seed seed-data "$@"
