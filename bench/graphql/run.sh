#!/usr/bin/env bash
# GraphQL benchmark (issue 7; not part of `dotnet test`). Over the generated news graph (shared/peers/gen-news.py):
#   1. latency, in process over the LMDB store: each operation in bench/graphql/operations (qN.graphql) against the
#      hand-written SPARQL of the same answer (qN.rq) on our engine: median and p99, GraphQL uncached and cached;
#   2. throughput over real HTTP against `kg serve` (read-only, the bench ontology): CLIENTS concurrent clients
#      posting the operations for DURATION seconds, once answered from the result cache and once executed each time.
# Prints TIMING / LOAD lines and Markdown tables (also written to $OUT/table.md). Usage:
#   bench/graphql/run.sh [SIZE]        SIZE as gen-news.py takes it (default 1m)
# Env: REPEAT (30) uncached runs per operation, CACHED_REPEAT (2000), CLIENTS (16), DURATION (30 s), PORT (7981),
#      QUERY_TIMEOUT (00:05:00, the server's; 16 executions at once on 1M triples outlast the default 30 s on 2 cores),
#      SKIP_LATENCY=1 reuses the last latency results (reruns the HTTP part only), PEERS (/work/shared/peers), BENCH_DIR (/tmp/kg-bench; the data and LMDB store are shared with bench/sparql/run.sh).
set -euo pipefail
SIZE="${1:-1m}"
REPEAT="${REPEAT:-30}"
CACHED_REPEAT="${CACHED_REPEAT:-2000}"
CLIENTS="${CLIENTS:-16}"
DURATION="${DURATION:-30}"
PORT="${PORT:-7981}"
QUERY_TIMEOUT="${QUERY_TIMEOUT:-00:05:00}"
PEERS="${PEERS:-/work/shared/peers}"
BENCH_DIR="${BENCH_DIR:-/tmp/kg-bench}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="$BENCH_DIR/news-$SIZE.nt"
STORE="$BENCH_DIR/sparql-store-$SIZE"
OUT="$BENCH_DIR/graphql-results-$SIZE"
ONTOLOGY="$ROOT/bench/graphql/ontology"
NS="http://example.org/kg/ontology/"
OPS="$ROOT/bench/graphql/operations"
mkdir -p "$BENCH_DIR" "$OUT"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

[ -s "$DATA" ] || { echo "generating $DATA" >&2; python3 "$PEERS/gen-news.py" "$SIZE" "$DATA"; }

echo "building (Release)" >&2
dotnet build -c Release "$ROOT/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/bench/graphql/KnowledgeGraph.GraphQLBench.csproj" -v q -nologo >/dev/null
KG="dotnet $ROOT/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
BENCH="dotnet $ROOT/bench/graphql/bin/Release/net10.0/KnowledgeGraph.GraphQLBench.dll"

# The LMDB store is loaded once per data file and reused while it is newer than the data.
if [ ! -f "$STORE/data.mdb" ] || [ "$DATA" -nt "$STORE/data.mdb" ]; then
  rm -rf "$STORE"; echo "loading $DATA into $STORE" >&2
  $KG load --store "$STORE" "$DATA" >&2
fi

LAT_OK=0
if [ "${SKIP_LATENCY:-0}" = 1 ] && [ -s "$OUT/latency.txt" ]; then
  echo "latency: reusing $OUT/latency.txt (SKIP_LATENCY=1)" >&2
else
echo "latency (in process, $REPEAT uncached and $CACHED_REPEAT cached runs per operation)" >&2
$BENCH latency --store "$STORE" --ontology "$ONTOLOGY" --namespace "$NS" --ops "$OPS" --peer-queries "$PEERS/queries" \
  --repeat "$REPEAT" --cached-repeat "$CACHED_REPEAT" | tee "$OUT/latency.txt" >&2 || LAT_OK=$?
fi

SERVER=""
cleanup() { # only the server this script started, by pid
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
}
trap cleanup EXIT
$KG serve --store "$STORE" --port "$PORT" --read-only --KnowledgeGraph:OntologyDirectory="$ONTOLOGY" \
  --KnowledgeGraph:OntologyNamespace="$NS" --KnowledgeGraph:QueryTimeout="$QUERY_TIMEOUT" --Logging:LogLevel:Default=Warning >"$OUT/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "kg serve did not start; see $OUT/serve.log" >&2; exit 1; }

echo "throughput over HTTP ($CLIENTS clients, $DURATION s each: cached, then executed every time)" >&2
LOAD_OK=0
: > "$OUT/load.txt"
for mode in cached uncached; do
  extra=(); [ "$mode" = uncached ] && extra=(--bust)
  # One pass over the operations, one at a time, before each measured run: JIT and pages warm, and for the cached
  # run every answer in the result cache (16 clients starting cold on a busy machine would time out instead).
  $BENCH load --url "http://127.0.0.1:$PORT/graphql" --ops "$OPS" --once "${extra[@]}" >&2 || true
  $BENCH load --url "http://127.0.0.1:$PORT/graphql" --ops "$OPS" --clients "$CLIENTS" --duration "$DURATION" "${extra[@]}" | tee -a "$OUT/load.txt" >&2 || LOAD_OK=$?
done
curl -sf "http://127.0.0.1:$PORT/metrics" > "$OUT/metrics.json" || true
cleanup; SERVER=""
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT" "$SIZE" "$(wc -l < "$DATA")" "$LOAD_BEFORE" "$LOAD_AFTER" "$CLIENTS" "$DURATION" <<'PY' | tee "$OUT/table.md"
import json, re, sys, datetime
out, size, triples, before, after, clients, duration = sys.argv[1:]
def fields(line):
    return dict(kv.split("=", 1) for kv in line.split()[1:])
lat = [fields(l) for l in open(f"{out}/latency.txt") if l.startswith("TIMING")]
load = [fields(l) for l in open(f"{out}/load.txt") if l.startswith("LOAD")]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
print(f"GraphQL against hand-written SPARQL, news-{size} ({triples.strip()} triples), LMDB, in process; {now}; load average {before} (start), {after} (end)")
print()
print("| op | roots | same roots | SPARQL queries | hand-written SPARQL p50 ms | p99 ms | compiled SPARQL alone p50 ms | GraphQL p50 ms | GraphQL p99 ms | GraphQL vs hand-written | GraphQL vs its compiled SPARQL | cached p50 ms | cached p99 ms | peers' full query p50 ms |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for f in lat:
    s, g, c = float(f["sparql_p50_ms"]), float(f["graphql_p50_ms"]), float(f.get("compiled_p50_ms", "nan"))
    pct = lambda a, b: f"{(a / b - 1) * 100:+.0f}%" if b > 0 else "-"
    print(f"| {f['op']} | {f['roots']} | {f['same_roots']} | {f['sparql_queries']} | {s:.2f} | {float(f['sparql_p99_ms']):.2f} | {c:.2f} | {g:.2f} | {float(f['graphql_p99_ms']):.2f} | {pct(g, s)} | {pct(g, c)} | {float(f['cached_p50_ms']):.4f} | {float(f['cached_p99_ms']):.4f} | {f['peer_query_p50_ms']} |")
print()
print(f"Throughput over HTTP against kg serve (read-only LMDB), {clients} concurrent clients, {duration} s, the operations above in turn:")
print()
print("| answers | requests | errors | requests/s | p50 ms | p99 ms |")
print("|---|---:|---:|---:|---:|---:|")
for f in load:
    print(f"| {'from the result cache' if f['mode'] == 'cached' else 'executed (cache key busted)'} | {f['requests']} | {f['errors']} | {f['req_per_s']} | {f['p50_ms']} | {f['p99_ms']} |")
try:
    g = json.load(open(f"{out}/metrics.json"))["graphQL"]
    print()
    print(f"Server /metrics after the runs: {g['requests']} GraphQL requests, result cache hit rate {g['resultCache']['hitRate']:.3f}, "
          f"document cache hit rate {g['documentCache']['hitRate']:.3f}, {g['sparqlQueriesPerExecutedOperation']:.1f} SPARQL queries per executed operation.")
except Exception as e:
    print(f"(no /metrics: {e})")
PY
# Each operation's latency line must be there and both load runs free of errors.
[ "$LAT_OK" = 0 ] && [ "$LOAD_OK" = 0 ]
