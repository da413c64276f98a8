using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>The default loader: LOAD fetches nothing unless the caller supplies a loader with a policy.</summary>
public sealed class DisabledGraphLoader : IGraphLoader
{
    public static DisabledGraphLoader Instance { get; } = new();

    public IEnumerable<Quad> Load(Iri source, CancellationToken cancellation) =>
        throw new GraphLoadException($"LOAD is disabled: no loader is configured, so <{source.Value}> was not fetched.");
}
