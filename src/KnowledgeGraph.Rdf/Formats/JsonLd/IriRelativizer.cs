namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// Writes an IRI relative to a base when that is shorter and reads back to the same IRI: same document
/// (fragment only), or same directory (last path segment onwards). Anything else stays absolute.
/// </summary>
public static class IriRelativizer
{
    public static string Relativize(string baseIri, string iri)
    {
        if (iri == baseIri)
        {
            return string.Empty;
        }

        var baseNoFragment = baseIri.Split('#')[0];
        if (iri.StartsWith(baseNoFragment + "#", StringComparison.Ordinal))
        {
            return iri[baseNoFragment.Length..];
        }

        var baseNoQuery = baseNoFragment.Split('?')[0];
        var lastSlash = baseNoQuery.LastIndexOf('/');
        if (lastSlash > baseNoQuery.IndexOf("//", StringComparison.Ordinal) + 1 && iri.StartsWith(baseNoQuery[..(lastSlash + 1)], StringComparison.Ordinal))
        {
            var relative = iri[(lastSlash + 1)..];
            var firstSegment = relative.Split('/', '?', '#')[0];
            if (relative.Length > 0 && !firstSegment.Contains(':', StringComparison.Ordinal) && Iris.IriSyntax.Resolve(baseIri, relative) == iri)
            {
                return relative;
            }
        }

        return iri;
    }
}
