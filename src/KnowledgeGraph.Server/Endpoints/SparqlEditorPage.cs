namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// The browser page at <c>/sparql</c> (for <c>Accept: text/html</c>): a query box with the common prefixes,
/// example queries and a results table. Self-contained (no CDN), so it works offline.
/// </summary>
public static class SparqlEditorPage
{
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>KnowledgeGraph SPARQL</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
textarea { width: 100%; height: 16rem; font-family: ui-monospace, monospace; font-size: 0.9rem; }
table { border-collapse: collapse; margin-top: 1rem; font-size: 0.85rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
#status { margin-left: 1rem; color: #555; }
.error { color: #a00; white-space: pre-wrap; }
pre { background: #f7f7f7; padding: 0.5rem; overflow: auto; }
</style>
</head>
<body>
<h1>SPARQL</h1>
<p>
  <label>Example: <select id="examples"></select></label>
  <label>Result format:
    <select id="format">
      <option value="application/sparql-results+json">table (JSON)</option>
      <option value="application/sparql-results+xml">XML</option>
      <option value="text/csv">CSV</option>
      <option value="text/tab-separated-values">TSV</option>
      <option value="text/turtle">Turtle (CONSTRUCT/DESCRIBE)</option>
    </select></label>
</p>
<textarea id="query" spellcheck="false"></textarea>
<p><button id="run">Run (Ctrl+Enter)</button><span id="status"></span></p>
<div id="results"></div>
<script>
const prefixes = `PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <http://schema.org/>
`;
const examples = {
  "Any 20 triples": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20",
  "Classes and counts": "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) LIMIT 50",
  "Named graphs": "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
  "Labels": "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 50",
  "Describe something": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 30",
};
const q = document.getElementById("query"), sel = document.getElementById("examples");
for (const name of Object.keys(examples)) { const o = document.createElement("option"); o.textContent = name; sel.appendChild(o); }
sel.onchange = () => { q.value = prefixes + "\n" + examples[sel.value]; };
q.value = prefixes + "\n" + examples[Object.keys(examples)[0]];
// Links from entity pages carry their query in the fragment (#query=...): opening the editor, not running the query.
const linked = new URLSearchParams(location.hash.slice(1)).get("query");
if (linked) {
  q.value = linked;
  if (/^(?:\s*(?:prefix|base)[^\n]*\n)*\s*(construct|describe)\b/i.test(linked)) document.getElementById("format").value = "text/turtle";
}
function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return "<" + term.value + ">";
  if (term.type === "bnode") return "_:" + term.value;
  let s = JSON.stringify(term.value);
  if (term["xml:lang"]) s += "@" + term["xml:lang"]; else if (term.datatype) s += "^^<" + term.datatype + ">";
  return s;
}
async function run() {
  const status = document.getElementById("status"), out = document.getElementById("results");
  const accept = document.getElementById("format").value;
  status.textContent = "running…"; out.innerHTML = "";
  const started = performance.now();
  try {
    const response = await fetch("sparql", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept }, body: new URLSearchParams({ query: q.value }) });
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      let detail = text; try { detail = JSON.parse(text).detail || text; } catch (e) {}
      status.textContent = response.status + " after " + ms + " ms";
      const d = document.createElement("div"); d.className = "error"; d.textContent = detail; out.appendChild(d); return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const json = JSON.parse(text);
      if ("boolean" in json) { status.textContent = "ASK: " + json.boolean + " (" + ms + " ms)"; return; }
      const vars = json.head.vars, rows = json.results.bindings;
      status.textContent = rows.length + " rows in " + ms + " ms";
      const table = document.createElement("table"), head = table.insertRow();
      for (const v of vars) { const th = document.createElement("th"); th.textContent = "?" + v; head.appendChild(th); }
      for (const row of rows) { const tr = table.insertRow(); for (const v of vars) tr.insertCell().textContent = cell(row[v]); }
      out.appendChild(table);
    } else {
      status.textContent = type + " in " + ms + " ms";
      const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
    }
  } catch (e) { status.textContent = "request failed: " + e; }
}
document.getElementById("run").onclick = run;
q.addEventListener("keydown", e => { if (e.key === "Enter" && e.ctrlKey) run(); });
</script>
</body>
</html>
""";
}
