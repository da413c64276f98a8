namespace KnowledgeGraph.Server.LinkedData;

/// <summary>The 404 page a browser gets for an IRI the store knows nothing about.</summary>
public static class NotFoundPage
{
    public static string Render(string iri, string indexPath) => PageLayout.Render("Not found - KnowledgeGraph",
        $"<h1>Not found</h1><p>The store has no statement about <span class=\"iri\">{Html.Text(iri)}</span>.</p>"
        + $"<p>Try the search box above, or <a href=\"{Html.Text(indexPath)}\">browse the entities by type</a>.</p>",
        indexPath);
}
