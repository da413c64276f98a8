#!/usr/bin/env bash
# Load test of /sparql (not part of `dotnet test`): wrk, 16 connections, 60 s, GET requests cycling through
# the peer queries (/work/shared/peers/queries/*.rq) over the generated 1M-triple news graph, against
#   1. kg serve (read-only LMDB store) with the result cache on (the default),
#   2. kg serve with the result cache off (every request evaluated),
#   3. Virtuoso 7 serving the same triples (the peers' scripts), unless --no-virtuoso.
# Prints one RESULT line per target and a Markdown table. Usage:
#   bench/load/run.sh [--size 1m] [--duration 60] [--connections 16] [--no-virtuoso]
# Everything it writes goes under $LOAD_WORK (default /tmp/kg-load).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=1m; DURATION=60; CONNECTIONS=16; VIRTUOSO=1
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --no-virtuoso) VIRTUOSO=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
PEERS="${PEERS:-/work/shared/peers}"
WORK="${LOAD_WORK:-/tmp/kg-load}"
PORT="${LOAD_PORT:-7979}"
GRAPH="http://example.org/kg/news-$SIZE"
mkdir -p "$WORK"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

DATA="$WORK/news-$SIZE.nt"
[ -s "$DATA" ] || python3 "$PEERS/gen-news.py" "$SIZE" "$DATA"

# The query mix, one URL-encoded query per line (comments dropped, whitespace kept).
python3 - "$PEERS/queries" > "$WORK/queries.txt" <<'PY'
import glob, os, sys, urllib.parse
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.rq"))):
    text = "\n".join(l for l in open(path, encoding="utf-8").read().splitlines() if not l.lstrip().startswith("#"))
    print(urllib.parse.quote(text, safe=""))
PY
echo "query mix: $(wc -l < "$WORK/queries.txt") queries from $PEERS/queries" >&2

dotnet build -c Release src/KnowledgeGraph.Cli -v q -nologo >/dev/null
KG="dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
STORE="$WORK/store-$SIZE"
if [ ! -f "$STORE/data.mdb" ]; then
  $KG load --store "$STORE" "$DATA"
fi

run_wrk() { # name url-path extra
  LOAD_QUERIES="$WORK/queries.txt" LOAD_PATH="$2" LOAD_EXTRA="$3" \
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s -s bench/load/queries.lua "$4" | tee "$WORK/wrk-$1.txt" | grep '^RESULT' | sed "s/^RESULT/RESULT target=$1/"
}

serve() { # cache-bytes
  $KG serve --store "$STORE" --port "$PORT" --read-only --KnowledgeGraph:ResultCacheBytes="$1" --Logging:LogLevel:Default=Warning >"$WORK/serve.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.5; done
  echo "kg serve did not start; see $WORK/serve.log" >&2; kill "$SERVER"; exit 1
}

RESULTS="$WORK/results.txt"; : > "$RESULTS"
# Warm-up: one pass over the mix so both servers start with their pages mapped.
warm() { while read -r q; do curl -s -o /dev/null -H 'Accept: application/sparql-results+json' "$1?query=$q$2"; done < "$WORK/queries.txt"; }

serve $((64 << 20)); warm "http://127.0.0.1:$PORT/sparql" ""
run_wrk kg-cache /sparql "" "http://127.0.0.1:$PORT" | tee -a "$RESULTS"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true

serve 0; warm "http://127.0.0.1:$PORT/sparql" ""
run_wrk kg-nocache /sparql "" "http://127.0.0.1:$PORT" | tee -a "$RESULTS"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true

if [ "$VIRTUOSO" = 1 ]; then
  export PEERS_WORK="${PEERS_WORK:-/tmp/kg-peers}"
  "$PEERS/virtuoso-start.sh"
  "$PEERS/virtuoso-load.sh" "$DATA" "$GRAPH"
  extra="&default-graph-uri=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$GRAPH")"
  warm "http://127.0.0.1:8890/sparql" "$extra"
  run_wrk virtuoso /sparql "$extra" "http://127.0.0.1:8890" | tee -a "$RESULTS"
  "$PEERS/virtuoso-stop.sh"
fi

echo
echo "| target | requests/s | p50 ms | p99 ms | max ms | errors (non-2xx + socket + timeouts) |"
echo "|---|---:|---:|---:|---:|---:|"
while read -r line; do
  eval "$(echo "$line" | sed 's/^RESULT //' | tr ' ' '\n' | sed 's/^/local_/' | tr '\n' ';')" 2>/dev/null || true
  echo "| $local_target | $local_rps | $local_p50_ms | $local_p99_ms | $local_max_ms | $((local_non2xx + local_socket_errors + local_timeouts)) |"
done < "$RESULTS"
