#!/usr/bin/env bash
# Load throughput of the store against the peers, same file, same run:
#   bench/store-peers.sh [SIZE]        SIZE as gen-news.py takes it (default 1m); REPEAT=3 runs each
# Peers: Oxigraph 0.5 (npm, in-memory Store.load), Jena ARQ in-memory (PeerBench load), Jena TDB2
# (tdbloader), Virtuoso 7 (ld_dir + rdf_loader_run, checkpoint not counted, as in ../shared/peers).
# Ours: `kg load --memory` and `kg load --store` (a fresh `kg` process each time: JIT included, as a user
# sees it) and the warm harness (`KnowledgeGraph.Bench store`, one untimed warm-up load first).
# Prints a markdown table of median seconds and triples/s, with the ratio to the fastest peer.
# PEERS="virtuoso oxigraph jena tdb2" (the default) picks the peers to run; e.g. PEERS=virtuoso on a busy machine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
peers="${KG_PEERS:-$repo/../shared/peers}"
size="${1:-1m}"
repeat="${REPEAT:-3}"
peers_to_run=" ${PEERS:-virtuoso oxigraph jena tdb2} "
wanted() { [[ "$peers_to_run" == *" $1 "* ]]; }
work="${KG_BENCH_WORK:-/tmp/kg-bench}"
export PEERS_WORK="${PEERS_WORK:-/tmp/kg-peers}"
mkdir -p "$work"
data="$work/news-$size.nt"
[ -f "$data" ] || python3 "$peers/gen-news.py" "$size" "$data" >&2
triples=$(wc -l < "$data")

dotnet build -c Release "$repo/src/KnowledgeGraph.Cli" -v q -nologo >&2
dotnet build -c Release "$repo/bench/KnowledgeGraph.Bench" -v q -nologo >&2
kg="$repo/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
harness="$repo/bench/KnowledgeGraph.Bench/bin/Release/net10.0/KnowledgeGraph.Bench.dll"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
timing_ms() { grep -o "$1=[0-9.]*" | head -1 | cut -d= -f2; }

declare -A result
run_peer() { # name, command printing seconds
  local name="$1"; shift
  local runs=() i
  for ((i = 0; i < repeat; i++)); do runs+=("$("$@")"); done
  result[$name]=$(printf '%s\n' "${runs[@]}" | median)
  echo "$name: ${runs[*]} s" >&2
}

kg_memory() { wall dotnet "$kg" load --memory "$data"; }
kg_lmdb() { rm -rf "$work/kg-lmdb"; wall dotnet "$kg" load --store "$work/kg-lmdb" "$data"; }
kg_warm() { # prints "memory lmdb" seconds from the harness
  dotnet "$harness" store "$data" "$work/kg-harness-lmdb" 2>&1 | tee "$work/harness.log" >/dev/null
}
oxigraph() {
  [ -f "$PEERS_WORK/node/node_modules/oxigraph/package.json" ] || \
    (mkdir -p "$PEERS_WORK/node" && cd "$PEERS_WORK/node" && npm install --no-audit --no-fund --loglevel=error --save-exact oxigraph@0.5.11 >&2)
  node "$here/oxigraph-parse.mjs" "$data" --load | awk -F': ' '$1 == "seconds" {print $2}'
}
jena_mem() { "$peers/jena-query.sh" "$data" "$here/queries/count.rq" 2>&1 >/dev/null | timing_ms load_ms | awk '{print $1 / 1000}'; }
jena_tdb2() { rm -rf "$work/tdb2"; "$peers/jena-tdb2-load.sh" "$data" "$work/tdb2" 2>&1 | timing_ms load_ms | awk '{print $1 / 1000}'; }
virtuoso() { "$peers/virtuoso-load.sh" "$data" "http://example.org/kg/bench" 2>&1 | timing_ms load_ms | awk '{print $1 / 1000}'; }

run_peer "kg load --memory (cold process)" kg_memory
run_peer "kg load --store LMDB (cold process)" kg_lmdb
kg_warm
result["kg memory (warm harness)"]=$(grep '^load_memory:' "$work/harness.log" | tail -1 | awk '{print $5}' || true)
result["kg LMDB (warm harness)"]=$(grep '^load_lmdb:' "$work/harness.log" | tail -1 | awk '{print $5}' || true)
if wanted oxigraph; then run_peer "Oxigraph 0.5 in-memory (npm)" oxigraph; fi
if wanted jena; then run_peer "Jena 4.5 in-memory" jena_mem; fi
if wanted tdb2; then run_peer "Jena 4.5 TDB2 tdbloader" jena_tdb2; fi
if wanted virtuoso; then
  "$peers/virtuoso-start.sh" >&2
  trap '"$peers/virtuoso-stop.sh" >&2 || true' EXIT
  run_peer "Virtuoso 7.2 ld_dir" virtuoso
fi

best=""
for name in "Oxigraph 0.5 in-memory (npm)" "Jena 4.5 in-memory" "Jena 4.5 TDB2 tdbloader" "Virtuoso 7.2 ld_dir"; do
  v="${result[$name]:-}"
  if [ -n "$v" ] && { [ -z "$best" ] || [ "$(echo "$v < $best" | bc)" = 1 ]; }; then best="$v"; fi
done
echo
echo "Load of $triples triples ($data), median of $repeat, load average at start $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| loader | seconds | triples/s | fastest peer's time / this time |"
echo "|---|---:|---:|---:|"
for name in "kg load --memory (cold process)" "kg load --store LMDB (cold process)" "kg memory (warm harness)" "kg LMDB (warm harness)" \
            "Oxigraph 0.5 in-memory (npm)" "Jena 4.5 in-memory" "Jena 4.5 TDB2 tdbloader" "Virtuoso 7.2 ld_dir"; do
  v="${result[$name]:-}"
  [ -z "$v" ] && { echo "| $name | n/a | | |"; continue; }
  printf '| %s | %.2f | %.0f | %.2fx |\n' "$name" "$v" "$(echo "$triples / $v" | bc -l)" "$(echo "$best / $v" | bc -l)"
done
