#!/usr/bin/env bash
# BSBM-explore-like query mix over the news graph: ours (in memory and LMDB) against Jena ARQ (in memory) and
# Oxigraph (WebAssembly, in memory), the same query files in the same order, each run once.
#   bench/mix/run.sh [SIZE]       SIZE as gen-news.py takes it (default 1m)
# Env: WARMUP (default 3) untimed mixes first, MIXES (default 20) timed mixes, SEED (default 1);
#      ENGINES (default "ours jena oxigraph"); JENA_JAVA_OPTS (default -Xmx8g; 10m needs about -Xmx12g);
#      NODE_OPTS (default --max-old-space-size=8192); MIX_TIMEOUT_S (default 300: Jena's per-query timeout);
#      ALSO_WITHOUT (default contradicted): templates left out of a second QMpH table (comma-separated, empty for none);
#      PEERS (default /work/shared/peers), PEERS_WORK (default /tmp/kg-peers), BENCH_DIR (default /tmp/kg-bench).
# Writes BENCH_DIR/mix-results-SIZE/{queries,ours,jena,oxigraph,*.log,report.md}; prints the report.
# Exits 1 when engines disagree on an answer or one of ours fails.
set -euo pipefail
SIZE="${1:-1m}"
WARMUP="${WARMUP:-3}"
MIXES="${MIXES:-20}"
SEED="${SEED:-1}"
ENGINES="${ENGINES:-ours jena oxigraph}"
PEERS="${PEERS:-/work/shared/peers}"
export PEERS_WORK="${PEERS_WORK:-/tmp/kg-peers}"
BENCH_DIR="${BENCH_DIR:-/tmp/kg-bench}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/mix"
DATA="$BENCH_DIR/news-$SIZE.nt"
STORE="$BENCH_DIR/mix-store-$SIZE"
OUT="$BENCH_DIR/mix-results-$SIZE"
mkdir -p "$BENCH_DIR"
rm -rf "$OUT"; mkdir -p "$OUT"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "start $(date -u '+%Y-%m-%d %H:%M:%S UTC') load average $(loadavg)" > "$OUT/load.txt"

[ -s "$DATA" ] || { echo "generating $DATA" >&2; python3 "$PEERS/gen-news.py" "$SIZE" "$DATA"; }
echo "generating the mixes (warm-up $WARMUP, timed $MIXES, seed $SEED)" >&2
python3 "$HERE/gen-mix.py" "$DATA" "$OUT/queries" --warmup "$WARMUP" --mixes "$MIXES" --seed "$SEED"
mapfile -t FILES < <(tail -n +2 "$OUT/queries/mix.tsv" | cut -f1 | sed "s|^|$OUT/queries/|")

# Each engine runs in its own process under /usr/bin/time (wall s, peak RSS KB on the last line of its log).
timed() { local log="$1"; shift; /usr/bin/time -f 'RESOURCES wall_s=%e peak_rss_kb=%M exit=%x' -a -o "$log" "$@" 2>> "$log"; }

for engine in $ENGINES; do
  case "$engine" in
    ours)
      echo "ours: building (Release)" >&2
      dotnet build -c Release "$ROOT/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" >/dev/null
      dotnet build -c Release "$ROOT/bench/sparql/KnowledgeGraph.SparqlBench.csproj" >/dev/null
      # The LMDB store is loaded once per data file and reused while it is newer than the data.
      if [ ! -f "$STORE/data.mdb" ] || [ "$DATA" -nt "$STORE/data.mdb" ]; then
        rm -rf "$STORE"; echo "loading $DATA into $STORE" >&2
        dotnet "$ROOT/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll" load --store "$STORE" "$DATA" >&2
      fi
      echo "ours: memory and LMDB" >&2
      timed "$OUT/ours.log" dotnet "$ROOT/bench/sparql/bin/Release/net10.0/KnowledgeGraph.SparqlBench.dll" \
        --data "$DATA" --store "$STORE" --out "$OUT/ours" --repeat 1 "${FILES[@]}" || echo "ours failed (see $OUT/ours.log)" >&2
      ;;
    jena)
      echo "jena" >&2
      (
        # shellcheck source=/dev/null
        source "$PEERS/jena-env.sh"   # installs Jena, sets JENA_CP, JAVA, JAVAC
        mkdir -p "$PEERS_WORK/build/mix"
        if [ ! -f "$PEERS_WORK/build/mix/MixJena.class" ] || [ "$HERE/peers/MixJena.java" -nt "$PEERS_WORK/build/mix/MixJena.class" ]; then
          "$JAVAC" -nowarn -cp "$JENA_CP" -d "$PEERS_WORK/build/mix" "$HERE/peers/MixJena.java"
        fi
        # shellcheck disable=SC2086
        timed "$OUT/jena.log" "$JAVA" $JENA_JAVA_OPTS -cp "$JENA_CP:$PEERS_WORK/build/mix" MixJena \
          --data "$DATA" --out "$OUT/jena" --timeout-s "${MIX_TIMEOUT_S:-300}" "${FILES[@]}"
      ) || echo "jena failed (see $OUT/jena.log)" >&2
      ;;
    oxigraph)
      echo "oxigraph" >&2
      (
        # shellcheck source=/dev/null
        source "$PEERS/lib.sh"
        command -v node >/dev/null || ensure_apt nodejs npm
        mkdir -p "$WORK/node"
        [ -f "$WORK/node/package.json" ] || echo '{"name":"peers-node","private":true}' > "$WORK/node/package.json"
        [ -f "$WORK/node/node_modules/oxigraph/package.json" ] || \
          (cd "$WORK/node" && npm install --no-audit --no-fund --loglevel=error --save-exact "oxigraph@${OXIGRAPH_VERSION:-0.5.11}" >&2)
        # shellcheck disable=SC2086
        OXIGRAPH_NODE_DIR="$WORK/node" timed "$OUT/oxigraph.log" node ${NODE_OPTS:---max-old-space-size=8192} \
          "$HERE/peers/mix-oxigraph.mjs" "$DATA" "$OUT/oxigraph" "${FILES[@]}"
      ) || echo "oxigraph failed (see $OUT/oxigraph.log)" >&2
      ;;
    *) echo "unknown engine '$engine' (expected ours, jena, oxigraph)" >&2; exit 2 ;;
  esac
done

echo "end $(date -u '+%Y-%m-%d %H:%M:%S UTC') load average $(loadavg)" >> "$OUT/load.txt"
python3 "$HERE/report.py" "$OUT" --peers "$PEERS" --size "$SIZE" --store "$STORE" --engines "$ENGINES" --also-without "${ALSO_WITHOUT-contradicted}" | tee "$OUT/report.md"
