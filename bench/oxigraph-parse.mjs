#!/usr/bin/env node
// Parse of one RDF file with Oxigraph (npm `oxigraph`, Rust compiled to WebAssembly), counting quads:
// the peer for `kg bench parse`. Default: oxigraph.parse(bytes) of the whole file, which returns every
// quad as a JS object at once (so memory grows with the file; the binding's streaming form, parse() over
// an iterable of chunks, took ~86 s per million triples here, so it is not used). With --load the file
// goes into an in-memory oxigraph.Store instead: parsing stays inside WebAssembly, but the time includes
// indexing. Needs the package in $OXIGRAPH_NODE_DIR (bench/parse-peers.sh installs it).
//   node bench/oxigraph-parse.mjs FILE [--load] [MEDIA_TYPE]
// stdout: "key: value" lines (triples, seconds, triples_per_second, peak_rss_mb), like `kg bench parse`.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const nodeDir = process.env.OXIGRAPH_NODE_DIR || path.join(process.env.PEERS_WORK || "/tmp/kg-peers", "node");
const oxigraph = createRequire(path.join(nodeDir, "package.json"))("oxigraph");

const args = process.argv.slice(2);
const load = args.includes("--load");
const [file, mediaType] = args.filter((a) => a !== "--load");
if (!file) {
  console.error("usage: oxigraph-parse.mjs FILE [MEDIA_TYPE]");
  process.exit(2);
}
const byExtension = { ".nt": "application/n-triples", ".nq": "application/n-quads", ".ttl": "text/turtle", ".trig": "application/trig" };
const format = mediaType || byExtension[path.extname(file).toLowerCase()];
if (!format) {
  console.error(`cannot tell the format of ${file}; pass a media type`);
  process.exit(2);
}

const t0 = process.hrtime.bigint();
const base_iri = pathToFileURL(path.resolve(file)).href;
let count = 0;
const bytes = fs.readFileSync(file); // timed too: kg's figure includes reading the file
if (load) {
  const store = new oxigraph.Store();
  store.load(bytes, { format, base_iri, no_transaction: true });
  count = store.size;
} else {
  count = oxigraph.parse(bytes, { format, base_iri }).length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`file: ${file}`);
console.log(`format: ${format}`);
console.log(`mode: ${load ? "Store.load" : "parse"}`);
console.log(`triples: ${count}`);
console.log(`seconds: ${seconds.toFixed(3)}`);
console.log(`triples_per_second: ${Math.round(count / seconds)}`);
console.log(`peak_rss_mb: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
