#!/usr/bin/env bash
# Scale-out benchmark: the SPARQL query set (the peers' q1..q8) on the embedded store and on Virtuoso, same run,
# through our server in both cases (embedded LMDB vs remote Virtuoso) and against Virtuoso directly; plus loading
# the same file into Virtuoso with `kg load --remote` (Graph Store Protocol, chunks) and with Virtuoso's own bulk loader.
#   bench/remote/run.sh [SIZE]     SIZE as gen-news.py takes it (default 1m)
# Env: REPEAT (default 3) timed runs per query after one warm-up, median reported; CHUNK (default 50000) for kg load --remote;
#      PEERS (default /work/shared/peers), BENCH_DIR (default /tmp/kg-bench). Result caches are off in both servers.
# Everything it starts (two servers, one Virtuoso on free loopback ports in $BENCH_DIR) is stopped on exit.
set -euo pipefail
SIZE="${1:-1m}"
REPEAT="${REPEAT:-3}"
CHUNK="${CHUNK:-50000}"
PEERS="${PEERS:-/work/shared/peers}"
BENCH_DIR="${BENCH_DIR:-/tmp/kg-bench}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="$BENCH_DIR/news-$SIZE.nt"
RWORK="$BENCH_DIR/remote-$SIZE"
STORE="$RWORK/lmdb"
OUT="$RWORK/results"
mkdir -p "$RWORK" "$OUT"
rm -rf "${OUT:?}"/*
mapfile -t QUERIES < <(ls "$PEERS"/queries/q*.rq | sort)
[ -s "$DATA" ] || { echo "generating $DATA" >&2; python3 "$PEERS/gen-news.py" "$SIZE" "$DATA"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${VSQL:-}" ] && VIRTUOSO_DB="$RWORK/virtuoso" VIRTUOSO_SQL_PORT="$VSQL" bash "$PEERS/virtuoso-stop.sh" 2>/dev/null || true
}
trap cleanup EXIT

echo "building (Release)" >&2
dotnet build -c Release "$ROOT/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" >/dev/null
KG="dotnet $ROOT/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
SERVER="$ROOT/src/KnowledgeGraph.Server/bin/Release/net10.0/KnowledgeGraph.Server.dll"

if [ ! -f "$STORE/data.mdb" ] || [ "$DATA" -nt "$STORE/data.mdb" ]; then
  rm -rf "$STORE"; echo "loading $DATA into $STORE" >&2
  $KG load --store "$STORE" "$DATA" >&2
fi

# A private Virtuoso on free ports (the peers' scripts, pointed at our folder), empty at each run.
VSQL=$(free_port); VHTTP=$(free_port)
export VIRTUOSO_DB="$RWORK/virtuoso" VIRTUOSO_SQL_PORT="$VSQL" VIRTUOSO_HTTP_PORT="$VHTTP" PEERS_WORK="$RWORK/peers"
rm -rf "$VIRTUOSO_DB"
bash "$PEERS/virtuoso-start.sh" >&2
VEND="http://127.0.0.1:$VHTTP"
source "$PEERS/virtuoso-env.sh"

echo "Virtuoso bulk loader (ld_dir + rdf_loader_run + checkpoint) into <urn:bench:bulk>" >&2
bulk=$(bash "$PEERS/virtuoso-load.sh" "$DATA" urn:bench:bulk 2>&1 | grep TIMING)
echo "$bulk" >&2
visql "EXEC=SPARQL CLEAR GRAPH <urn:bench:bulk>;" "EXEC=checkpoint;" >/dev/null

echo "kg load --remote (Graph Store POST, $CHUNK statements per chunk) into <urn:bench:news>" >&2
s=$(date +%s.%N)
KG_REMOTE_PASSWORD=dba $KG load --remote "$VEND/sparql-graph-crud-auth" --dialect virtuoso --auth digest --user dba \
  --graph urn:bench:news --chunk-size "$CHUNK" --checkpoint "$RWORK/load.checkpoint.json" "$DATA" > "$RWORK/remote-load.txt" 2> "$RWORK/remote-load.log"
remote_load_s=$(echo "$(date +%s.%N) - $s" | bc)
rm -f "$RWORK/load.checkpoint.json"
visql "EXEC=checkpoint;" >/dev/null
n=$(curl -s -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) FROM <urn:bench:news> WHERE { ?s ?p ?o }" "$VEND/sparql" | tail -1)
echo "kg load --remote: ${remote_load_s}s, $n triples in the graph" >&2

PE=$(free_port); PR=$(free_port)
common=(--KnowledgeGraph:ResultCacheBytes=0 --KnowledgeGraph:QueryTimeout=00:10:00 --KnowledgeGraph:MaxResultRows=100000000 --Logging:LogLevel:Default=Warning)
dotnet "$SERVER" --urls "http://127.0.0.1:$PE" --KnowledgeGraph:StorePath="$STORE" --KnowledgeGraph:ReadOnly=true "${common[@]}" > "$RWORK/embedded.log" 2>&1 & PIDS+=($!)
dotnet "$SERVER" --urls "http://127.0.0.1:$PR" --KnowledgeGraph:Store:Kind=remote --KnowledgeGraph:Store:Remote:QueryEndpoint="$VEND/sparql" \
  --KnowledgeGraph:Store:Remote:Dialect=virtuoso --KnowledgeGraph:Store:Remote:Timeout=00:10:00 --KnowledgeGraph:UnionDefaultGraph=true "${common[@]}" > "$RWORK/remote.log" 2>&1 & PIDS+=($!)
for port in $PE $PR; do
  for i in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.5; done
done

# time_ms URL FILE OUT: POST the query, Accept SPARQL JSON, write the answer, print curl's total time in ms.
time_ms() { curl -s -o "$3" -w '%{time_total}' -H 'Accept: application/sparql-results+json' --data-urlencode "query@$2" "$1" | awk '{printf "%.1f", $1 * 1000}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A RESULT
for q in "${QUERIES[@]}"; do
  name=$(basename "$q" .rq)
  for target in embedded remote virtuoso; do
    case $target in
      embedded) url="http://127.0.0.1:$PE/sparql" ;;
      remote) url="http://127.0.0.1:$PR/sparql" ;;
      virtuoso) url="$VEND/sparql" ;;
    esac
    time_ms "$url" "$q" "$OUT/$target-$name.srj" >/dev/null   # warm-up
    times=()
    for r in $(seq 1 "$REPEAT"); do times+=("$(time_ms "$url" "$q" "$OUT/$target-$name.srj")"); done
    RESULT[$target,$name]=$(median "${times[@]}")
    python3 "$PEERS/canon.py" "$OUT/$target-$name.srj" > "$OUT/$target-$name.tsv" 2>/dev/null || echo "unreadable" > "$OUT/$target-$name.tsv"
    echo "TIMING target=$target query=$name median_ms=${RESULT[$target,$name]} rows=$(($(wc -l < "$OUT/$target-$name.tsv") - 1))" >&2
  done
done

echo
echo "Scale-out, news-$SIZE ($(wc -l < "$DATA") triples), median of $REPEAT warm runs after one warm-up, ms, POST /sparql with curl, result caches off; $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| query | kg server, embedded LMDB | kg server on Virtuoso | Virtuoso directly | rows (same answer) |"
echo "|---|---:|---:|---:|---|"
for q in "${QUERIES[@]}"; do
  name=$(basename "$q" .rq)
  rows=$(($(wc -l < "$OUT/embedded-$name.tsv") - 1))
  same=yes
  cmp -s "$OUT/embedded-$name.tsv" "$OUT/remote-$name.tsv" || same="no (remote differs)"
  cmp -s "$OUT/remote-$name.tsv" "$OUT/virtuoso-$name.tsv" || same="$same; no (direct differs)"
  echo "| $name | ${RESULT[embedded,$name]} | ${RESULT[remote,$name]} | ${RESULT[virtuoso,$name]} | $rows ($same) |"
done
echo
echo "Loading into Virtuoso: kg load --remote ${remote_load_s}s ($(grep statements_per_second "$RWORK/remote-load.txt" | cut -d' ' -f2) statements/s, chunks of $CHUNK); Virtuoso's bulk loader: $bulk"
