using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>FROM (default graph) and FROM NAMED (named graph) IRIs of a query; both empty means the store's dataset.</summary>
public sealed record Dataset(ValueArray<Iri> DefaultGraphs, ValueArray<Iri> NamedGraphs)
{
    public static Dataset Unspecified { get; } = new([], []);

    public bool IsSpecified => !DefaultGraphs.IsEmpty || !NamedGraphs.IsEmpty;
}
