using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// The dataset the protocol parameters give (<c>default-graph-uri</c>/<c>named-graph-uri</c>, or the
/// <c>using-</c> pair for updates). When specified it replaces the query's FROM/FROM NAMED (SPARQL 1.1
/// Protocol 2.1.4); when unspecified the query's own dataset, or the store's, applies.
/// </summary>
public sealed record ProtocolDataset(IReadOnlyList<Iri> DefaultGraphs, IReadOnlyList<Iri> NamedGraphs)
{
    public static ProtocolDataset Unspecified { get; } = new([], []);

    public bool IsUnspecified => DefaultGraphs.Count == 0 && NamedGraphs.Count == 0;
}
