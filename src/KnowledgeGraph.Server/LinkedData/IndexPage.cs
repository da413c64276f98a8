using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>The page at the instance path (<c>/id/</c>): every entity under the instance base, listed by type, so a person can start browsing.</summary>
public sealed class IndexPage(InstanceIris iris)
{
    /// <summary>Most rows the index reads, and most entities it lists under one type.</summary>
    public const int MaxRows = 20000;
    public const int MaxPerType = 300;

    private static readonly string[] MainClasses =
    [
        Vocab.Kg + "Event", Vocab.Kg + "Person", Vocab.Kg + "ArmedGroup", Vocab.Kg + "GovernmentBody", Vocab.Kg + "MediaOutlet",
        Vocab.Kg + "Organization", Vocab.Kg + "Actor", Vocab.Place, Vocab.Kg + "Materiel", Vocab.Claim, Vocab.Kg + "Assessment",
        Vocab.Kg + "SourceDocument", Vocab.Kg + "Quantity",
    ];

    public string Render(SparqlReader sparql)
    {
        var rows = sparql.Select(SearchQueries.Index(iris.Base, MaxRows));
        var labels = new Labels();
        var byType = new Dictionary<Iri, HashSet<Iri>>();
        foreach (var row in rows)
        {
            if (row.IriOf("type") is not { } type || row.IriOf("s") is not { } s)
            {
                continue;
            }

            if (row["label"] is Literal l)
            {
                labels.Add(s, l);
            }
            else if (row["claimText"] is Literal text)
            {
                labels.AddFallback(s, text.LexicalForm);
            }

            if (!byType.TryGetValue(type, out var set))
            {
                byType[type] = set = [];
            }

            set.Add(s);
        }

        if (byType.Count > 0)
        {
            foreach (var row in sparql.Select(SearchQueries.ClassLabels([.. byType.Keys])))
            {
                if (row.IriOf("s") is { } s && row["label"] is Literal l)
                {
                    labels.Add(s, l);
                }
            }
        }

        var body = new StringBuilder("<h1>Browse</h1>");
        body.Append("<p>Every entity under <span class=\"iri\">").Append(Html.Text(iris.Base)).Append("</span>, by type. Each page has its facts, the claims about it, and for actors and places a timeline and a map.</p>");
        if (byType.Count == 0)
        {
            body.Append("<p class=\"muted\">The store holds no entities under this base.</p>");
        }

        // The ontology's main classes first, in the order people browse them; then the rest, largest first.
        var ordered = byType
            .OrderBy(t => Array.IndexOf(MainClasses, t.Key.Value) is var i and >= 0 ? i : MainClasses.Length)
            .ThenByDescending(t => t.Value.Count)
            .ThenBy(t => labels.Of(t.Key), StringComparer.Ordinal)
            .ToList();
        body.Append("<p>");
        body.Append(string.Join(" · ", ordered.Select((t, i) => $"<a href=\"#type-{i}\">{Html.Text(labels.Of(t.Key))}</a> ({t.Value.Count})")));
        body.Append("</p>");
        for (var i = 0; i < ordered.Count; i++)
        {
            var (type, members) = (ordered[i].Key, ordered[i].Value);
            body.Append("<h2 id=\"type-").Append(i).Append("\" title=\"").Append(Html.Text(type.Value)).Append("\">")
                .Append(Html.Text(labels.Of(type))).Append(" <span class=\"muted\">(").Append(members.Count).Append(")</span></h2><ul class=\"plain index\">");
            foreach (var s in members.OrderBy(labels.Of, StringComparer.OrdinalIgnoreCase).Take(MaxPerType))
            {
                body.Append("<li>").Append(Html.Link(iris.Href(s), labels.Of(s))).Append("</li>");
            }

            body.Append("</ul>");
            if (members.Count > MaxPerType)
            {
                body.Append("<p class=\"muted\">").Append(members.Count - MaxPerType).Append(" more: use the search box or SPARQL.</p>");
            }
        }

        return PageLayout.Render("Browse - KnowledgeGraph", body.ToString(), iris.Path);
    }
}
