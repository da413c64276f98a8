using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The graph(s) an update management operation addresses: DEFAULT, NAMED, ALL, or GRAPH iri.</summary>
public sealed record GraphTarget(GraphTargetKind Kind, Iri? Graph = null)
{
    public static GraphTarget Default { get; } = new(GraphTargetKind.Default);

    public static GraphTarget Named { get; } = new(GraphTargetKind.Named);

    public static GraphTarget All { get; } = new(GraphTargetKind.All);

    public static GraphTarget For(Iri graph) => new(GraphTargetKind.Graph, graph);

    public override string ToString() => Kind switch
    {
        GraphTargetKind.Default => "default",
        GraphTargetKind.Named => "named",
        GraphTargetKind.All => "all",
        _ => Graph!.ToString(),
    };
}

public enum GraphTargetKind
{
    Default,
    Named,
    All,
    Graph,
}
