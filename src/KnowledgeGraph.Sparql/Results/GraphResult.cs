using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// A CONSTRUCT or DESCRIBE result: a stream of triples, carried as quads in the default graph so that
/// any RDF writer can take them. Like <see cref="SolutionSequence.Rows"/>, the stream may be enumerable only once.
/// </summary>
public sealed class GraphResult : QueryResult
{
    public GraphResult(IEnumerable<Quad> quads, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(quads);
        Quads = quads;
        Prefixes = prefixes ?? new Dictionary<string, string>();
    }

    public IEnumerable<Quad> Quads { get; }

    /// <summary>The query's prefixes (prefix without colon to namespace IRI), so Turtle output can use them.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; }

    /// <summary>The triples of the stream.</summary>
    public IEnumerable<Triple> Triples => Quads.Select(q => q.Triple);
}
