using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The graph a pattern is matched against: the query's default graph (the source's default graph, a merge of
/// FROM graphs, or the union of all graphs) or one named graph.
/// </summary>
public sealed class ActiveGraph
{
    private ActiveGraph(IReadOnlyList<Term?> graphs, bool deduplicate, Term? name)
    {
        Graphs = graphs;
        Deduplicate = deduplicate;
        Name = name;
    }

    /// <summary>The graph arguments to match with; null in the list means "any graph".</summary>
    public IReadOnlyList<Term?> Graphs { get; }

    /// <summary>True when the same triple can come from several graphs and must be reported once (an RDF merge).</summary>
    public bool Deduplicate { get; }

    /// <summary>The graph's name for a named graph; null for the default graph.</summary>
    public Term? Name { get; }

    public static ActiveGraph SourceDefault { get; } = new([DefaultGraph.Instance], false, null);

    public static ActiveGraph UnionOfAll { get; } = new([null], true, null);

    public static ActiveGraph Merge(IReadOnlyList<Term> graphs) =>
        new([.. graphs], graphs.Count > 1, null);

    public static ActiveGraph Named(Term name) => new([name], false, name);
}
