using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// The HTML page of an entity, rendered on the server (readable with no script): label, types, aliases; its facts,
/// each value with the claims whose frame is exactly that fact; for actors and places a timeline, for places a map;
/// the claims about it grouped by proposition, with opposite stances side by side; what links to it; and links to the
/// other representations, the SPARQL and GraphQL views and the search.
/// </summary>
public sealed class EntityPage(InstanceIris iris)
{
    private static readonly HashSet<string> HeaderProperties = [Vocab.RdfType, Vocab.RdfsLabel, Vocab.AlternateName, Vocab.LegalName, Vocab.AltLabel];

    public string Render(EntityPageModel page)
    {
        var e = page.Entity;
        var body = new StringBuilder();
        body.Append("<article class=\"entity\" data-iri=\"").Append(Html.Text(e.Value)).Append("\">");
        body.Append("<h1 id=\"label\">").Append(Html.Text(page.Label)).Append("</h1>");
        body.Append("<div class=\"iri\">").Append(Html.Text(e.Value)).Append("</div>");
        if (page.Types.Count > 0)
        {
            body.Append("<p class=\"types\">");
            foreach (var t in page.Types)
            {
                body.Append("<span title=\"").Append(Html.Text(t.Value)).Append("\">").Append(Html.Text(page.Labels.Of(t))).Append("</span>");
            }

            body.Append("</p>");
        }

        if (page.Aliases.Count > 0)
        {
            body.Append("<p class=\"aliases\">Also known as: ").Append(string.Join(", ", page.Aliases.Select(Html.Text))).Append("</p>");
        }

        AppendViews(body, e);
        AppendFacts(body, page);
        if (page.Timeline is { } timeline)
        {
            AppendTimeline(body, page, timeline);
        }

        if (page.Map is { } map)
        {
            AppendMap(body, page, map);
        }

        AppendClaims(body, page);
        AppendClaimsMade(body, page);
        AppendInbound(body, page);
        AppendProvenance(body, page);
        body.Append("</article>");
        return PageLayout.Render(page.Label, body.ToString(), iris.Path);
    }

    private void AppendViews(StringBuilder body, Iri e)
    {
        var local = iris.LocalPath(e) ?? string.Empty;
        body.Append("<p class=\"views\">");
        foreach (var r in Representation.All.Where(r => !r.IsHtml && r != Representation.NQuads))
        {
            body.Append(Html.Link(local + r.Extension, r.Format!.DisplayName, "alternate", r.MediaType));
        }

        var sparql = $"CONSTRUCT {{ {SparqlText.Iri(e)} ?p ?o }} WHERE {{ GRAPH ?g {{ {SparqlText.Iri(e)} ?p ?o }} }}";
        body.Append(Html.Link("/sparql#query=" + Uri.EscapeDataString(sparql), "SPARQL view", "sparql-view", sparql));
        var graphql = "{ node(id: \"" + e.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\") { __typename id label { value } } }";
        body.Append(Html.Link("/graphql#query=" + Uri.EscapeDataString(graphql), "GraphQL view", "graphql-view", graphql));
        body.Append("</p>");
    }

    private void AppendFacts(StringBuilder body, EntityPageModel page)
    {
        var e = page.Entity;
        var facts = page.Description.Quads
            .Where(q => q.Subject.Equals(e) && !HeaderProperties.Contains(q.Predicate.Value))
            .GroupBy(q => q.Predicate)
            .ToList();
        body.Append("<h2 id=\"facts\">Facts</h2>");
        if (facts.Count == 0)
        {
            body.Append("<p class=\"muted\">No statements with this entity as subject.</p>");
            return;
        }

        body.Append("<table class=\"facts\">");
        foreach (var fact in facts)
        {
            body.Append("<tr><th>").Append(Html.Link(fact.Key.Value, page.Labels.Of(fact.Key), title: fact.Key.Value)).Append("</th><td><ul class=\"plain\">");
            foreach (var value in fact.Select(q => q.Obj).Distinct())
            {
                body.Append("<li>").Append(Value(page, value, depth: 0));
                foreach (var claim in page.Claims.Where(c => e.Equals(c.Subject) && fact.Key.Equals(c.Predicate) && value.Equals(c.Object)))
                {
                    body.Append("<span class=\"badge ").Append(Html.Text(claim.StanceName)).Append("\">")
                        .Append(Html.Text(claim.StanceName)).Append(" by ").Append(Html.Text(claim.Claimant is null ? "?" : page.Labels.Of(claim.Claimant))).Append("</span>");
                }

                body.Append("</li>");
            }

            body.Append("</ul></td></tr>");
        }

        body.Append("</table>");
        var occurrence = page.Claims.Where(c => e.Equals(c.Subject) && c.Predicate?.Value == Vocab.Kg + "occurred").ToList();
        if (occurrence.Count > 0)
        {
            body.Append("<p class=\"muted\">The facts above are reported by ")
                .Append(string.Join("; ", occurrence.Select(c => $"{Html.Text(c.Claimant is null ? "?" : page.Labels.Of(c.Claimant))} ({Html.Text(c.StanceName)})")))
                .Append("; see the claims below.</p>");
        }
    }

    private string Value(EntityPageModel page, Term value, int depth) => value switch
    {
        Iri iri => Html.Link(iris.Href(iri), page.Labels.Of(iri), title: iri.Value),
        Literal l => Html.Text(l.LexicalForm)
            + (l.Language is not null ? $"<span class=\"lang\">@{Html.Text(l.Language)}</span>"
                : l.IsSimple ? string.Empty : $"<span class=\"dt\">{Html.Text(Html.LocalName(l.Datatype))}</span>"),
        BlankNode b when depth < DescriptionQueries.BlankNodeDepth => Nested(page, b, depth + 1),
        _ => Html.Text(value.ToString()),
    };

    private string Nested(EntityPageModel page, BlankNode node, int depth)
    {
        var sb = new StringBuilder("<ul class=\"plain nested\">");
        foreach (var q in page.Description.Quads.Where(q => q.Subject.Equals(node)))
        {
            sb.Append("<li>").Append(Html.Text(page.Labels.Of(q.Predicate))).Append(": ").Append(Value(page, q.Obj, depth)).Append("</li>");
        }

        return sb.Append("</ul>").ToString();
    }

    private void AppendTimeline(StringBuilder body, EntityPageModel page, IReadOnlyList<TimelineEvent> timeline)
    {
        body.Append("<h2 id=\"timeline-heading\">Timeline</h2>");
        if (timeline.Count == 0)
        {
            body.Append("<p class=\"muted\">No events.</p>");
            return;
        }

        body.Append(TimelineSvg.Render(timeline, t => iris.Href(t.Event)));
        if (timeline.Count >= PageQueries.MaxTimelineEvents)
        {
            body.Append("<p class=\"muted\">Only the first ").Append(PageQueries.MaxTimelineEvents).Append(" events are drawn; the SPARQL endpoint has the rest.</p>");
        }

        body.Append("<p class=\"muted\">Filled marks: dated events; hollow: dates known only as bounds (dashed) or a part that is only claimed.</p>");
        var undated = timeline.Where(t => t.Start is null).ToList();
        if (undated.Count > 0)
        {
            body.Append("<p>Undated: ").Append(string.Join(", ", undated.Select(t => Html.Link(iris.Href(t.Event), t.Label)))).Append("</p>");
        }
    }

    private void AppendMap(StringBuilder body, EntityPageModel page, IReadOnlyList<MapPoint> map)
    {
        body.Append("<h2 id=\"map-heading\">Map</h2>");
        if (map.Count == 0)
        {
            body.Append("<p class=\"muted\">Neither this place nor any place within it has coordinates.</p>");
        }
        else
        {
            body.Append(MapSvg.Render(map, p => iris.Href(p.Place)));
        }

        if (page.UnmappedPlaces.Count > 0)
        {
            body.Append("<p>Within it, without coordinates: ")
                .Append(string.Join(", ", page.UnmappedPlaces.Select(p => Html.Link(iris.Href(p), page.Labels.Of(p)))))
                .Append("</p>");
        }
    }

    private void AppendClaims(StringBuilder body, EntityPageModel page)
    {
        body.Append("<h2 id=\"claims\">Claims</h2>");
        if (page.Claims.Count == 0)
        {
            body.Append("<p class=\"muted\">No claims are about this entity.</p>");
            return;
        }

        foreach (var proposition in page.Claims.GroupBy(c => c.Frame))
        {
            var (s, p, o) = proposition.Key;
            var occurred = p?.Value == Vocab.Kg + "occurred";
            body.Append("<section class=\"proposition\"><h3>")
                .Append(s is null ? "?" : Value(page, s, DescriptionQueries.BlankNodeDepth))
                .Append(" — ").Append(p is null ? "?" : Html.Text(occurred ? "occurred" : page.Labels.Of(p)));
            if (!occurred && o is not null)
            {
                body.Append(" — ").Append(Value(page, o, DescriptionQueries.BlankNodeDepth));
            }

            body.Append("</h3>");
            var asserting = proposition.Where(c => c.Stance?.Value == Vocab.Asserts).ToList();
            var denying = proposition.Where(c => c.Stance?.Value == Vocab.Denies).ToList();
            var others = proposition.Except(asserting).Except(denying).ToList();
            if (asserting.Count > 0 && denying.Count > 0)
            {
                body.Append("<div class=\"contradiction\"><div class=\"side asserts\"><h4>Asserted (").Append(asserting.Count).Append(")</h4>");
                asserting.ForEach(c => AppendClaim(body, page, c));
                body.Append("</div><div class=\"side denies\"><h4>Denied (").Append(denying.Count).Append(")</h4>");
                denying.ForEach(c => AppendClaim(body, page, c));
                body.Append("</div></div>");
            }
            else
            {
                asserting.Concat(denying).ToList().ForEach(c => AppendClaim(body, page, c));
            }

            others.ForEach(c => AppendClaim(body, page, c));
            body.Append("</section>");
        }
    }

    private void AppendClaim(StringBuilder body, EntityPageModel page, ClaimView c)
    {
        var labels = page.Labels;
        body.Append("<div class=\"claim ").Append(Html.Text(c.StanceName)).Append("\" data-claim=\"").Append(Html.Text(c.Claim.Value)).Append("\">");
        body.Append("<span class=\"stance\">").Append(Html.Text(c.StanceName)).Append("</span> ");
        body.Append(c.Claimant is null ? "?" : Html.Link(iris.Href(c.Claimant), labels.Of(c.Claimant), "claimant"));
        if (c.Hedge is not null)
        {
            body.Append(" <span class=\"tag hedge\">").Append(Html.Text(labels.Of(c.Hedge))).Append("</span>");
        }

        if (c.Modality is not null && Html.LocalName(c.Modality) != "actual")
        {
            body.Append(" <span class=\"tag modality\">").Append(Html.Text(labels.Of(c.Modality))).Append("</span>");
        }

        if (c.Text is not null)
        {
            body.Append("<div class=\"text\">“").Append(Html.Text(c.Text)).Append("”</div>");
        }

        body.Append("<div class=\"meta\">");
        var parts = new List<string>();
        foreach (var source in c.Sources)
        {
            var outlet = source.Outlet is null ? string.Empty : " by " + Html.Link(iris.Href(source.Outlet), labels.Of(source.Outlet), "outlet");
            parts.Add("in " + Html.Link(iris.Href(source.Document), labels.Of(source.Document), "source") + outlet + (source.Date is null ? string.Empty : ", " + Html.Text(source.Date)));
        }

        if (c.Date is not null)
        {
            parts.Add("claimed on " + Html.Text(c.Date));
        }

        foreach (var other in c.Contradicts)
        {
            parts.Add("contradicts " + Html.Link(iris.Href(other), labels.Of(other)));
        }

        foreach (var a in c.Assessments)
        {
            parts.Add("assessed " + Html.Text(a.Verdict is null ? "?" : labels.Of(a.Verdict)) + (a.Assessor is null ? string.Empty : " by " + Html.Link(iris.Href(a.Assessor), labels.Of(a.Assessor))));
        }

        parts.Add(Html.Link(iris.Href(c.Claim), "claim record", "claim-link"));
        body.Append(string.Join(" · ", parts)).Append("</div></div>");
    }

    private void AppendClaimsMade(StringBuilder body, EntityPageModel page)
    {
        if (page.ClaimsMade.Count == 0)
        {
            return;
        }

        body.Append("<h2 id=\"claims-made\">Claims made by ").Append(Html.Text(page.Label)).Append("</h2><ul class=\"plain claims-made\">");
        foreach (var made in page.ClaimsMade)
        {
            body.Append("<li data-claim=\"").Append(Html.Text(made.Claim.Value)).Append("\"><span class=\"stance\">")
                .Append(Html.Text(made.Stance is null ? "?" : page.Labels.Of(made.Stance))).Append("</span> ");
            if (made.Subject is not null)
            {
                body.Append(Html.Link(iris.Href(made.Subject), page.Labels.Of(made.Subject))).Append(": ");
            }

            body.Append(Html.Text(made.Text is null ? string.Empty : "“" + made.Text + "”")).Append(' ')
                .Append(Html.Link(iris.Href(made.Claim), "claim record", "claim-link")).Append("</li>");
        }

        body.Append("</ul>");
    }

    private void AppendInbound(StringBuilder body, EntityPageModel page)
    {
        if (page.Inbound.Count == 0)
        {
            return;
        }

        body.Append("<h2 id=\"inbound\">Linked from</h2><ul class=\"plain inbound\">");
        foreach (var link in page.Inbound.OrderBy(l => page.Labels.Of(l.Predicate), StringComparer.Ordinal).ThenBy(l => page.Labels.Of(l.Subject), StringComparer.Ordinal))
        {
            body.Append("<li>").Append(Html.Link(iris.Href(link.Subject), page.Labels.Of(link.Subject)))
                .Append(" <span class=\"muted\">(").Append(Html.Text(page.Labels.Of(link.Predicate))).Append(")</span></li>");
        }

        body.Append("</ul>");
        if (page.Inbound.Count >= EntityPageBuilder.MaxInbound)
        {
            body.Append("<p class=\"muted\">Only the first ").Append(EntityPageBuilder.MaxInbound).Append(" are shown; the SPARQL endpoint has the rest.</p>");
        }
    }

    private void AppendProvenance(StringBuilder body, EntityPageModel page)
    {
        var graphs = page.Description.Graphs();
        if (graphs.Count == 0)
        {
            return;
        }

        body.Append("<h2 id=\"provenance\">Provenance</h2><p>From the named graphs ")
            .Append(string.Join(", ", graphs.Select(g => Html.Link(iris.Href(g), page.Labels.Of(g)))))
            .Append(" (their provenance is in the TriG view).</p>");
    }
}
