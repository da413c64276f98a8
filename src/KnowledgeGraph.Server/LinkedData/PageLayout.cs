namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// The frame around every linked-data page: a header with the search box and links to the index, SPARQL and
/// GraphQL, and one inline style sheet. No script, font or image from anywhere else, so pages work offline.
/// </summary>
public static class PageLayout
{
    public static string Render(string title, string body, string indexPath, string? searchText = null) => $$"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{Html.Text(title)}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; color: #1d2630; background: #fbfbfa; line-height: 1.4; }
header { background: #233244; color: #fff; padding: 0.5rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
header a { color: #dfe9f5; text-decoration: none; } header a:hover { text-decoration: underline; }
header .brand { font-weight: 600; color: #fff; }
header form { margin-left: auto; display: flex; gap: 0.3rem; }
header input[type=search] { padding: 0.25rem 0.5rem; border-radius: 3px; border: 1px solid #789; min-width: 16rem; }
main { padding: 1rem 1.5rem 3rem; max-width: 72rem; }
h1 { margin: 0.3rem 0; font-size: 1.6rem; } h2 { margin-top: 1.8rem; font-size: 1.2rem; border-bottom: 1px solid #d5dbe0; padding-bottom: 0.2rem; }
.iri { font-family: ui-monospace, monospace; font-size: 0.8rem; color: #5a6570; word-break: break-all; }
.types span, .tag { display: inline-block; background: #e6edf4; border-radius: 3px; padding: 0 0.4rem; margin: 0 0.25rem 0.2rem 0; font-size: 0.85rem; }
.views a { margin-right: 1rem; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e4e7ea; }
th { width: 14rem; color: #3c4853; font-weight: 600; }
.lang, .dt { color: #7b8690; font-size: 0.75rem; margin-left: 0.2rem; }
.claim { border: 1px solid #d5dbe0; border-left: 4px solid #6b8aa8; background: #fff; padding: 0.4rem 0.6rem; margin: 0.3rem 0; font-size: 0.9rem; }
.claim.denies { border-left-color: #b0413e; } .claim.questions { border-left-color: #c79a2a; } .claim.asserts { border-left-color: #3f8a4f; }
.claim .meta { color: #4f5a64; font-size: 0.82rem; }
.stance { font-weight: 600; text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.03em; }
.proposition { margin: 1rem 0; }
.proposition h3 { font-size: 0.98rem; margin: 0.2rem 0; font-weight: 600; }
.contradiction { display: grid; grid-template-columns: 1fr 1fr; gap: 0.8rem; background: #fff6f4; border: 1px solid #efc9c3; padding: 0.5rem; }
.contradiction h4 { margin: 0 0 0.2rem; font-size: 0.85rem; text-transform: uppercase; }
.badge { display: inline-block; font-size: 0.72rem; border-radius: 3px; padding: 0 0.3rem; margin-left: 0.3rem; background: #eef1e6; border: 1px solid #cfd8bd; }
.badge.denies { background: #f9e7e5; border-color: #e2b3ad; }
svg { background: #fff; border: 1px solid #d5dbe0; max-width: 100%; height: auto; }
svg text { font-family: system-ui, sans-serif; }
.muted { color: #6c7680; } ul.plain { padding-left: 1.1rem; }
.hits li { margin: 0.3rem 0; }
</style>
</head>
<body>
<header>
<a class="brand" href="{{Html.Text(indexPath)}}">KnowledgeGraph</a>
<a href="{{Html.Text(indexPath)}}">Browse</a>
<a href="/sparql">SPARQL</a>
<a href="/graphql">GraphQL</a>
<form action="/search" method="get" role="search"><input type="search" name="q" id="search-box" placeholder="Search labels and aliases" value="{{Html.Text(searchText)}}" aria-label="Search"><button type="submit">Search</button></form>
</header>
<main>
{{body}}
</main>
</body>
</html>
""";
}
