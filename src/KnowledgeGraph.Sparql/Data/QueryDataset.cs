using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// The RDF dataset a query runs against, as chosen by FROM / FROM NAMED or by the protocol's
/// default-graph-uri / named-graph-uri parameters. Null lists mean "not specified": the default graph is
/// then the source's default graph (or the union of all graphs with <see cref="UnionDefaultGraph"/>) and
/// the named graphs are all of the source's named graphs.
/// </summary>
public sealed record QueryDataset(
    IReadOnlyList<Term>? DefaultGraphs = null,
    IReadOnlyList<Term>? NamedGraphs = null,
    bool UnionDefaultGraph = false)
{
    public static QueryDataset Unspecified { get; } = new();

    /// <summary>True when neither the default graph nor the named graphs were chosen explicitly.</summary>
    public bool IsUnspecified => DefaultGraphs is null && NamedGraphs is null;
}
