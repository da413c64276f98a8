namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// The small hand-written query form served at <c>/graphql</c> when the build skipped the npm bundle of GraphiQL
/// (<c>/p:KgSkipGraphiQL=true</c>, for machines without node and npm). It needs no script but its own.
/// </summary>
public static class GraphiQLFallbackPage
{
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>KnowledgeGraph GraphQL</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
textarea { width: 100%; font-family: ui-monospace, monospace; font-size: 0.9rem; }
pre { background: #f7f7f7; padding: 0.5rem; overflow: auto; max-height: 40rem; }
</style>
</head>
<body>
<h1>GraphQL</h1>
<p>Schema: <a href="/graphql/schema.graphql">/graphql/schema.graphql</a>. The SPARQL each request ran is shown when "explain" is ticked.</p>
<textarea id="query" rows="14">{
  events(first: 5, orderBy: [{ field: START_DATE, direction: DESC }]) {
    totalCount
    edges { node { id label { value } startDate place { label { value } }
      claims(first: 10) { stance hedge claimant { label { value } } source { datePublished publisher { label { value } } } } } }
    pageInfo { hasNextPage endCursor }
  }
}</textarea>
<p>Variables (JSON): <textarea id="variables" rows="3"></textarea></p>
<p><button id="run">Run</button> <label><input type="checkbox" id="explain"> explain</label> <span id="status"></span></p>
<pre id="out"></pre>
<script>
document.getElementById('run').onclick = async () => {
  const status = document.getElementById('status');
  status.textContent = 'running...';
  const body = { query: document.getElementById('query').value };
  const v = document.getElementById('variables').value.trim();
  if (v) { try { body.variables = JSON.parse(v); } catch (e) { status.textContent = 'variables: ' + e.message; return; } }
  const started = performance.now();
  const url = '/graphql' + (document.getElementById('explain').checked ? '?explain=true' : '');
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json' }, body: JSON.stringify(body) });
  const text = await r.text();
  let shown = text;
  try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { }
  document.getElementById('out').textContent = shown;
  status.textContent = r.status + ' in ' + Math.round(performance.now() - started) + ' ms';
};
</script>
</body>
</html>
""";
}
