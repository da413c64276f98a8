#!/usr/bin/env node
// Oxigraph (npm `oxigraph`, WebAssembly, in memory) for the query mix: like the peers' oxigraph-query.mjs (same
// load, same timing: the query evaluated and serialised inside the engine) but every query form, each file once.
//   node mix-oxigraph.mjs DATA.nt OUTDIR Q.rq...      (OXIGRAPH_NODE_DIR: the folder whose node_modules has oxigraph)
// SELECT and ASK go to OUTDIR/NAME.srj, CONSTRUCT and DESCRIBE to OUTDIR/NAME.nt; stderr gets
// TIMING load_ms=... and TIMING query=NAME rows=N ms=M (rows = triples for a graph) or ERROR query=NAME.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(path.join(process.env.OXIGRAPH_NODE_DIR, "package.json"));
const oxigraph = require("oxigraph");
const [dataFile, outDir, ...queries] = process.argv.slice(2);
if (!outDir || queries.length === 0) {
  console.error("usage: mix-oxigraph.mjs DATA.nt OUTDIR Q.rq...");
  process.exit(2);
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const t0 = now();
const store = new oxigraph.Store();
store.load(fs.readFileSync(dataFile), { format: "application/n-triples" });
console.error(`TIMING load_ms=${(now() - t0).toFixed(1)} triples=${store.size}`);
fs.mkdirSync(outDir, { recursive: true });

// The form decides the serialisation: a graph cannot be written as SPARQL JSON.
const form = (text) => {
  const body = text.split("\n").filter((l) => !/^\s*(#|PREFIX|BASE)/i.test(l)).join("\n");
  return (/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body)?.[1] ?? "SELECT").toUpperCase();
};

for (const qf of queries) {
  const name = path.basename(qf).replace(/\.rq$/, "");
  const text = fs.readFileSync(qf, "utf8");
  const graph = ["CONSTRUCT", "DESCRIBE"].includes(form(text));
  const s = now();
  let out;
  try {
    out = store.query(text, { results_format: graph ? "application/n-triples" : "application/sparql-results+json" });
  } catch (e) {
    console.error(`ERROR query=${name} ms=${(now() - s).toFixed(2)} ${String(e).replace(/\n/g, " ")}`);
    continue;
  }
  const ms = now() - s;
  let rows;
  if (graph) rows = out.split("\n").filter((l) => l.trim() !== "").length;
  else {
    const obj = JSON.parse(out);
    rows = "boolean" in obj ? 1 : obj.results.bindings.length;
  }
  fs.writeFileSync(path.join(outDir, name + (graph ? ".nt" : ".srj")), out);
  console.error(`TIMING query=${name} rows=${rows} ms=${ms.toFixed(2)}`);
}
