using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// Fetches the document a <c>LOAD</c> names. The caller decides what may be fetched: the default
/// (<see cref="DisabledGraphLoader"/>) refuses everything; the server supplies one that applies its URL policy.
/// </summary>
public interface IGraphLoader
{
    /// <summary>
    /// The quads of the document at <paramref name="source"/> (its triples in the default graph). Throws
    /// <see cref="GraphLoadException"/> (or any exception) when the document cannot be had or parsed.
    /// </summary>
    IEnumerable<Quad> Load(Iri source, CancellationToken cancellation);
}
