#!/usr/bin/env bash
# Parsing throughput of `kg bench parse` against Jena RIOT and Oxigraph, on the same generated news graph
# (N-Triples, and a Turtle version made by our own `kg convert`), all measured in the same run.
#
#   bench/parse-peers.sh [SIZE]        SIZE as gen-news.py takes it (default 1m)
#
# Env: REPEAT (runs per parser and format, default 3; the table shows the median), PEERS_WORK (where the
# peers install Jena and the npm oxigraph package, default /tmp/kg-peers), KG_BENCH_DIR (data, default
# /tmp/kg-bench), MEMORY_SIZES (sizes for the constant-memory check of kg alone, default "1m 5m"; empty: skip).
# Prints a markdown table of triples/s and ratios to kg; the times are each tool's own parse timing
# (process start, JVM and WebAssembly load excluded); "wall s" and "peak RSS" are of the whole process.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS="${KG_PEERS:-/work/shared/peers}"
export PEERS_WORK="${PEERS_WORK:-/tmp/kg-peers}"
SIZE="${1:-1m}"
REPEAT="${REPEAT:-3}"
DIR="${KG_BENCH_DIR:-/tmp/kg-bench}"
MEMORY_SIZES="${MEMORY_SIZES-1m 5m}"
NT="$DIR/news-$SIZE.nt"
TTL="$DIR/news-$SIZE.ttl"
mkdir -p "$DIR"

log() { echo "[parse-peers] $*" >&2; }

# --- our kg, Release build
log "building kg (Release)"
dotnet build -c Release -v q -nologo "$ROOT/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" >&2
KG=(dotnet "$ROOT/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll")

# --- data
[ -s "$NT" ] || { log "generating $NT"; python3 "$PEERS/gen-news.py" "$SIZE" "$NT" >&2; }
# Prefixes for the generator's namespaces, so that the Turtle uses prefixed names as real Turtle does.
KGNS=http://example.org/kg
PREFIXES=(-p "ex=$KGNS/ontology/" -p "rdf=http://www.w3.org/1999/02/22-rdf-syntax-ns#" -p "rdfs=http://www.w3.org/2000/01/rdf-schema#"
          -p "xsd=http://www.w3.org/2001/XMLSchema#" -p "geo=http://www.w3.org/2003/01/geo/wgs84_pos#")
for n in claim event article actor settlement district province country; do PREFIXES+=(-p "$n=$KGNS/$n/"); done
[ -s "$TTL" ] || { log "converting to $TTL with kg convert"; "${KG[@]}" convert "$NT" -o "$TTL" "${PREFIXES[@]}"; }

# --- peers: Jena (Debian package, through the peers' own wrapper) and the npm oxigraph package
log "checking Jena"
"$PEERS/jena-cmd.sh" riotcmd.riot --version >&2
command -v node >/dev/null || { log "node is missing: apt-get install nodejs npm"; exit 1; }
mkdir -p "$PEERS_WORK/node"
[ -f "$PEERS_WORK/node/package.json" ] || echo '{"name":"peers-node","private":true}' > "$PEERS_WORK/node/package.json"
[ -f "$PEERS_WORK/node/node_modules/oxigraph/package.json" ] || \
  (cd "$PEERS_WORK/node" && npm install --no-audit --no-fund --loglevel=error --save-exact "oxigraph@${OXIGRAPH_VERSION:-0.5.11}" >&2)
export OXIGRAPH_NODE_DIR="$PEERS_WORK/node"

# run_timed OUT CMD...: runs CMD with stdout+stderr in OUT, appends "WALL s RSS_KB" from /usr/bin/time.
run_timed() {
  local out="$1"; shift
  /usr/bin/time -f "WALL %e %M" -a -o "$out.time" "$@" > "$out" 2>&1
}

# measure NAME FILE CMD... : REPEAT runs; prints "NAME<TAB>FILE<TAB>triples<TAB>median_s<TAB>median_wall<TAB>max_rss_mb"
measure() {
  local name="$1" file="$2"; shift 2
  local tmp; tmp="$(mktemp -d)"
  local i triples="" secs=() walls=() rss=0
  for ((i = 0; i < REPEAT; i++)); do
    run_timed "$tmp/out" "$@" "$file"
    local s t
    if grep -q "^seconds: " "$tmp/out"; then
      s="$(sed -n 's/^seconds: //p' "$tmp/out")"
      t="$(sed -n 's/^triples: //p' "$tmp/out")"
    else
      # riot --time: "FILE : 4.56 sec : 100,006 Triples : 21,921.53 per second"
      s="$(sed -n 's/.* : \([0-9.]*\) sec : \([0-9,]*\) \(Triples\|Quads\).*/\1/p' "$tmp/out" | tail -1)"
      t="$(sed -n 's/.* : \([0-9.]*\) sec : \([0-9,]*\) \(Triples\|Quads\).*/\2/p' "$tmp/out" | tail -1 | tr -d ,)"
    fi
    [ -n "$s" ] && [ -n "$t" ] || { log "could not read a timing from $name:"; cat "$tmp/out" >&2; exit 1; }
    secs+=("$s"); triples="$t"
    walls+=("$(tail -1 "$tmp/out.time" | awk '{print $2}')")
    rss="$(tail -1 "$tmp/out.time" | awk -v r="$rss" '{print ($3 > r) ? $3 : r}')"
    log "$name $(basename "$file") run $((i + 1)): ${s}s, $triples triples"
  done
  local med wall
  med="$(printf '%s\n' "${secs[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')"
  wall="$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(basename "$file")" "$triples" "$med" "$wall" "$((rss / 1024))"
  rm -rf "$tmp"
}

RESULTS="$(mktemp)"
for f in "$NT" "$TTL"; do
  measure "kg bench parse" "$f" "${KG[@]}" bench parse >> "$RESULTS"
  measure "Jena RIOT 4.5 (riot --sink)" "$f" "$PEERS/jena-cmd.sh" riotcmd.riot --time --sink >> "$RESULTS"
  measure "Oxigraph 0.5 npm (parse to array)" "$f" node "$ROOT/bench/oxigraph-parse.mjs" >> "$RESULTS"
  measure "Oxigraph 0.5 npm (Store.load)" "$f" node "$ROOT/bench/oxigraph-parse.mjs" --load >> "$RESULTS"
done

echo
echo "Parsing $SIZE news triples, median of $REPEAT runs ($(nproc) cores, $(date -u +%Y-%m-%d)):"
echo
echo "| parser | file | triples | parse s | triples/s | kg is × faster | wall s | peak RSS MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
awk -F'\t' '
  { name[NR] = $1; file[NR] = $2; n[NR] = $3; s[NR] = $4; wall[NR] = $5; rss[NR] = $6
    if ($1 == "kg bench parse") kg[$2] = $3 / $4 }
  END {
    for (i = 1; i <= NR; i++) {
      rate = n[i] / s[i]
      printf "| %s | %s | %d | %.3f | %.0f | %.2f | %.2f | %d |\n", name[i], file[i], n[i], s[i], rate, kg[file[i]] / rate, wall[i], rss[i]
    }
  }' "$RESULTS"
rm -f "$RESULTS"

# --- constant memory while streaming: kg's live memory does not grow with the file. The peak working set
# alone also reflects how lazily the GC returns memory, so each file is parsed a second time with the GC
# heap capped (DOTNET_GCHeapHardLimit): it fits the same cap at every size.
HEAP_CAP_MB="${HEAP_CAP_MB:-64}"
if [ -n "$MEMORY_SIZES" ]; then
  echo
  echo "kg bench parse by file size (one pass each; then again with the GC heap capped at $HEAP_CAP_MB MB):"
  echo
  echo "| file | triples | parse s | triples/s | peak working set MB | allocated MB | capped: triples | capped: parse s | capped: peak working set MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for size in $MEMORY_SIZES; do
    f="$DIR/news-$size.nt"
    [ -s "$f" ] || { log "generating $f"; python3 "$PEERS/gen-news.py" "$size" "$f" >&2; }
    out="$("${KG[@]}" bench parse "$f")"
    capped="$(DOTNET_GCHeapHardLimit="$(printf '0x%x' $((HEAP_CAP_MB * 1024 * 1024)))" "${KG[@]}" bench parse "$f" 2>&1 || echo "triples: failed")"
    v() { sed -n "s/^$2: //p" <<< "$1"; }
    echo "| $(basename "$f") | $(v "$out" triples) | $(v "$out" seconds) | $(v "$out" triples_per_second) | $(v "$out" peak_working_set_mb) | $(v "$out" allocated_mb) | $(v "$capped" triples) | $(v "$capped" seconds) | $(v "$capped" peak_working_set_mb) |"
  done
fi
