using System.Collections.Frozen;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// The browser page at <c>/graphql</c>: GraphiQL 3 with React 18, bundled from npm at build time (ui/graphiql,
/// copied to <c>wwwroot/graphiql</c> in the output by the Server csproj) and served from <c>/graphql/assets/</c>
/// with year-long immutable cache headers; the URLs carry the file's content hash, so a new build is fetched anew.
/// Nothing is loaded from a CDN. When the build skipped GraphiQL (<c>/p:KgSkipGraphiQL=true</c>) the page falls
/// back to a small hand-written query form (<see cref="GraphiQLFallbackPage"/>).
/// </summary>
public sealed class GraphiQLPage
{
    public const string AssetsPath = "/graphql/assets";

    // The files the page needs, in the order the page loads them; the csproj copies exactly these.
    private static readonly string[] AssetNames = ["react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css", "LICENSE"];

    private readonly FrozenDictionary<string, Asset> _assets;

    private GraphiQLPage(FrozenDictionary<string, Asset> assets, string html)
    {
        _assets = assets;
        Html = html;
    }

    /// <summary>True when the bundled GraphiQL was found next to the app; false means the fallback page is served.</summary>
    public bool IsGraphiQL => _assets.Count > 0;

    public string Html { get; }

    /// <summary>Reads the bundled assets from <paramref name="directory"/> (default: <c>wwwroot/graphiql</c> beside the app).</summary>
    public static GraphiQLPage Load(string? directory = null)
    {
        directory ??= Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql");
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in AssetNames)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                return new GraphiQLPage(FrozenDictionary<string, Asset>.Empty, GraphiQLFallbackPage.Html);
            }

            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
            assets[name] = new Asset(bytes, ContentType(name), hash);
        }

        string Url(string name) => $"{AssetsPath}/{name}?v={assets[name].Hash}";
        var html = GraphiQLHtml
            .Replace("{{css}}", Url("graphiql.min.css"), StringComparison.Ordinal)
            .Replace("{{react}}", Url("react.production.min.js"), StringComparison.Ordinal)
            .Replace("{{reactDom}}", Url("react-dom.production.min.js"), StringComparison.Ordinal)
            .Replace("{{graphiql}}", Url("graphiql.min.js"), StringComparison.Ordinal)
            .Replace("{{tabs}}", CompetencyQuestionTabs.Json, StringComparison.Ordinal);
        return new GraphiQLPage(assets.ToFrozenDictionary(StringComparer.Ordinal), html);
    }

    /// <summary>Maps <c>GET /graphql/assets/{name}</c>: only the bundled files, never a path into the file system.</summary>
    public void MapAssets(WebApplication app) =>
        app.MapGet(AssetsPath + "/{name}", (string name, HttpContext http) =>
        {
            if (!_assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            var etag = "\"" + asset.Hash + "\"";
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal))
            {
                return Results.StatusCode((int)HttpStatusCode.NotModified);
            }

            return Results.Bytes(asset.Bytes, asset.ContentType);
        });

    /// <summary>The page itself is small and must pick up new asset hashes: revalidated on every load.</summary>
    public IResult Page(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Content(Html, "text/html; charset=utf-8");
    }

    private static string ContentType(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private sealed record Asset(byte[] Bytes, string ContentType, string Hash);

    // The explain box adds the X-KG-Explain header, so the response's extensions.sparql shows the SPARQL that ran.
    private const string GraphiQLHtml = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KnowledgeGraph GraphQL</title>
<link rel="stylesheet" href="{{css}}">
<style>
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
#kg-bar { display: flex; gap: 1.5rem; align-items: center; padding: 0.35rem 1rem; font-size: 0.85rem; border-bottom: 1px solid #ddd; }
#kg-bar strong { font-weight: 600; }
#graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="kg-bar">
  <strong>KnowledgeGraph GraphQL</strong>
  <a href="/graphql/schema.graphql">schema (SDL)</a>
  <label title="Adds extensions.sparql to the response: the SPARQL each root field ran"><input type="checkbox" id="kg-explain"> explain (show the SPARQL)</label>
  <span>Tabs CQ1 to CQ9 ask the competency questions of ontology/queries.</span>
</div>
<div id="graphiql">Loading GraphiQL...</div>
<script src="{{react}}"></script>
<script src="{{reactDom}}"></script>
<script src="{{graphiql}}"></script>
<script>
const explain = document.getElementById('kg-explain');
async function fetcher(params, options) {
  const headers = Object.assign({ 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
    (options && options.headers) || {});
  if (explain.checked) { headers['X-KG-Explain'] = 'true'; }
  const response = await fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params) });
  return response.json();
}
const tabs = {{tabs}};
// Links from entity pages carry a query in the fragment (#query=...): it opens as the first tab (a fresh browser) or
// as a new tab next to the ones GraphiQL remembers (the query prop), ready to run.
const linked = new URLSearchParams(location.hash.slice(1)).get('query');
if (linked) { tabs.unshift({ query: linked }); }
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, Object.assign({ fetcher: fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: false, isHeadersEditorEnabled: true }, linked ? { query: linked } : {})));
</script>
</body>
</html>
""";
}
