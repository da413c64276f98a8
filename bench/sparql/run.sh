#!/usr/bin/env bash
# SPARQL query benchmark: ours (in memory and LMDB) against Jena ARQ (in memory) and Oxigraph, same run.
#   bench/sparql/run.sh [SIZE]        SIZE as gen-news.py takes it (default 1m)
# Env: REPEAT (default 5) runs per query, median reported; QUERIES (default: q1..q8 of the peers);
#      PEER_SLOW=1 also runs q8 on the peers (Jena and Oxigraph need ~5 minutes each for it at 1m, so by
#      default q8 is ours only and its rows are checked against the row count every peer agreed on).
#      PEERS (default /work/shared/peers), PEERS_WORK (default /tmp/kg-peers), BENCH_DIR (default /tmp/kg-bench).
set -euo pipefail
SIZE="${1:-1m}"
REPEAT="${REPEAT:-5}"
PEERS="${PEERS:-/work/shared/peers}"
BENCH_DIR="${BENCH_DIR:-/tmp/kg-bench}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="$BENCH_DIR/news-$SIZE.nt"
STORE="$BENCH_DIR/sparql-store-$SIZE"
OUT="$BENCH_DIR/sparql-results-$SIZE"
QDIR="${QUERIES:-$PEERS/queries}"
mkdir -p "$BENCH_DIR" "$OUT"
rm -rf "$OUT"/{ours,jena,oxigraph}; mkdir -p "$OUT"/{ours,jena,oxigraph}

mapfile -t ALLQ < <(ls "$QDIR"/q*.rq | sort)
PEERQ=()
for q in "${ALLQ[@]}"; do
  [ "$(basename "$q" .rq)" = q8 ] && [ "${PEER_SLOW:-0}" != 1 ] && continue
  PEERQ+=("$q")
done

[ -s "$DATA" ] || { echo "generating $DATA" >&2; python3 "$PEERS/gen-news.py" "$SIZE" "$DATA"; }

echo "building (Release)" >&2
dotnet build -c Release "$ROOT/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" >/dev/null
dotnet build -c Release "$ROOT/bench/sparql/KnowledgeGraph.SparqlBench.csproj" >/dev/null
KG="dotnet $ROOT/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
BENCH="dotnet $ROOT/bench/sparql/bin/Release/net10.0/KnowledgeGraph.SparqlBench.dll"

# The LMDB store is loaded once per data file and reused while it is newer than the data.
if [ ! -f "$STORE/data.mdb" ] || [ "$DATA" -nt "$STORE/data.mdb" ]; then
  rm -rf "$STORE"; echo "loading $DATA into $STORE" >&2
  $KG load --store "$STORE" "$DATA" >&2
fi

echo "ours" >&2
$BENCH --data "$DATA" --store "$STORE" --out "$OUT/ours" --repeat "$REPEAT" "${ALLQ[@]}" 2> "$OUT/ours.log" || { cat "$OUT/ours.log" >&2; exit 1; }
for e in mem lmdb; do
  for f in "$OUT/ours/$e"/*.srj; do python3 "$PEERS/canon.py" "$f" > "${f%.srj}.tsv"; done
done
echo "jena" >&2
"$PEERS/jena-query.sh" "$DATA" "${PEERQ[@]}" --repeat "$REPEAT" --out "$OUT/jena" 2> "$OUT/jena.log" >/dev/null || { tail "$OUT/jena.log" >&2; exit 1; }
echo "oxigraph" >&2
"$PEERS/oxigraph-query.sh" "$DATA" "${PEERQ[@]}" --repeat "$REPEAT" --out "$OUT/oxigraph" 2> "$OUT/oxigraph.log" >/dev/null || { tail "$OUT/oxigraph.log" >&2; exit 1; }

median() { # LOG QUERY [ENGINE] -> median_ms or "-"
  local m
  if [ -n "${3:-}" ]; then m=$(grep -E "TIMING engine=$3 query=$2 " "$1" | sed -E 's/.* median_ms=([0-9.]+).*/\1/')
  else m=$(grep -E "TIMING query=$2 " "$1" | sed -E 's/.*median_ms=([0-9.]+).*/\1/'); fi
  echo "${m:--}"
}

echo
echo "SPARQL queries, news-$SIZE ($(wc -l < "$DATA") triples), median of $REPEAT warm runs, ms; $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| query | rows | ours mem | ours LMDB | Jena mem | Oxigraph | best peer | mem / best | LMDB / best | rows equal |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
FAIL=0
for q in "${ALLQ[@]}"; do
  n=$(basename "$q" .rq)
  mem=$(median "$OUT/ours.log" "$n" mem); lm=$(median "$OUT/ours.log" "$n" lmdb)
  je=$(median "$OUT/jena.log" "$n"); ox=$(median "$OUT/oxigraph.log" "$n")
  rows=$(($(wc -l < "$OUT/ours/mem/$n.tsv") - 1))
  best=$(python3 -c "import sys; v=[float(x) for x in sys.argv[1:] if x!='-']; print(min(v) if v else '-')" "$je" "$ox")
  ratio() { python3 -c "import sys; a,b=sys.argv[1:]; print('-' if '-' in (a,b) else f'{float(a)/float(b):.2f}')" "$1" "$best"; }
  eq="yes"
  cmp -s "$OUT/ours/mem/$n.tsv" "$OUT/ours/lmdb/$n.tsv" || eq="NO (mem vs LMDB)"
  for p in jena oxigraph; do
    if [ -f "$OUT/$p/$n.tsv" ]; then cmp -s "$OUT/ours/mem/$n.tsv" "$OUT/$p/$n.tsv" || eq="NO (vs $p)"; fi
  done
  if [ ! -f "$OUT/jena/$n.tsv" ]; then
    # q8 without PEER_SLOW: every peer answered 7895 rows at 1m (shared/peers/RESULTS.md)
    if [ "$n" = q8 ] && [ "$SIZE" = 1m ]; then [ "$rows" = 7895 ] && eq="$eq (count = peers' 7895)" || eq="NO (count $rows, peers 7895)"
    else eq="$eq (no peer rows)"; fi
  fi
  case "$eq" in NO*) FAIL=1 ;; esac
  echo "| $n | $rows | $mem | $lm | $je | $ox | $best | $(ratio "$mem") | $(ratio "$lm") | $eq |"
done
exit $FAIL
