using System.Text;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>The page at <c>/search?q=</c>: entities whose label or alias contains the text, best first, each linked to its page.</summary>
public sealed class SearchPage(InstanceIris iris)
{
    public const int MaxHits = 50;

    /// <summary>Longest search text taken (longer text is cut, not refused).</summary>
    public const int MaxTextLength = 200;

    public string Render(SparqlReader sparql, string? text)
    {
        var q = (text ?? string.Empty).Trim();
        if (q.Length > MaxTextLength)
        {
            q = q[..MaxTextLength];
        }

        var body = new StringBuilder("<h1>Search</h1>");
        if (q.Length == 0)
        {
            body.Append("<p>Type a name in the search box: labels and aliases are matched, whole names first.</p>");
            return PageLayout.Render("Search - KnowledgeGraph", body.ToString(), iris.Path);
        }

        var hits = SearchRanking.Rank(sparql.Select(SearchQueries.Matches(iris.Base, q)), q, MaxHits);
        var labels = new Labels();
        var types = hits.SelectMany(h => h.Types).Distinct().ToList();
        if (types.Count > 0)
        {
            foreach (var row in sparql.Select(PageQueries.Labels(types)))
            {
                if (row.IriOf("s") is { } s && row["label"] is KnowledgeGraph.Rdf.Model.Literal l)
                {
                    labels.Add(s, l);
                }
            }
        }

        body.Append("<p id=\"hit-count\">").Append(hits.Count).Append(hits.Count == 1 ? " entity matches " : " entities match ")
            .Append("“").Append(Html.Text(q)).Append("”.</p><ol class=\"hits\">");
        foreach (var hit in hits)
        {
            body.Append("<li>").Append(Html.Link(iris.Href(hit.Entity), hit.Label, "hit"));
            if (!string.Equals(hit.Matched, hit.Label, StringComparison.Ordinal))
            {
                body.Append(" <span class=\"muted\">(also “").Append(Html.Text(hit.Matched)).Append("”)</span>");
            }

            foreach (var t in hit.Types)
            {
                body.Append(" <span class=\"tag\">").Append(Html.Text(labels.Of(t))).Append("</span>");
            }

            body.Append("</li>");
        }

        body.Append("</ol>");
        return PageLayout.Render(q + " - Search - KnowledgeGraph", body.ToString(), iris.Path, q);
    }
}
