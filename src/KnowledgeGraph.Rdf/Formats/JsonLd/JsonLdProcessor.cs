using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>The JSON-LD API entry points this library offers: expand, toRdf, fromRdf and compact.</summary>
public static class JsonLdProcessor
{
    /// <summary>Expands a parsed document (its trees are not modified).</summary>
    public static JsonList Expand(object? document, JsonLdOptions? options = null)
    {
        options ??= new JsonLdOptions();
        return new Expander(new ContextProcessor(options)).ExpandDocument(JsonText.Clone(document));
    }

    /// <summary>Deserializes a parsed document to quads; blank nodes get labels from <paramref name="blankNode"/>.</summary>
    public static IReadOnlyList<Quad> ToRdf(object? document, JsonLdOptions? options = null, Func<string, BlankNode>? blankNode = null)
    {
        options ??= new JsonLdOptions();
        var expanded = Expand(document, options);
        var nodeMap = new NodeMapBuilder();
        nodeMap.Add(expanded);
        return new JsonLdToRdf(options, blankNode ?? (label => new BlankNode(label))).Quads(nodeMap.NodeMap).ToList();
    }

    /// <summary>Serializes quads as expanded JSON-LD (the Serialize RDF as JSON-LD algorithm).</summary>
    public static JsonList FromRdf(IEnumerable<Quad> quads, JsonLdOptions? options = null) =>
        new RdfToJsonLd(options ?? new JsonLdOptions()).Serialize(quads);

    /// <summary>Compacts expanded (or any) JSON-LD against <paramref name="context"/> (a context, or a map holding @context).</summary>
    public static JsonMap Compact(object? document, object? context, JsonLdOptions? options = null)
    {
        options ??= new JsonLdOptions();
        var expanded = Expand(document, options);
        return new Compactor(new ContextProcessor(options)).CompactDocument(expanded, context);
    }
}
