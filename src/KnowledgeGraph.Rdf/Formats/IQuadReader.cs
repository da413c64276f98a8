using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A streaming RDF reader: <see cref="ReadQuads"/> yields quads while it parses, holding at most one
/// statement's worth of quads in memory. It can be enumerated once.
/// </summary>
public interface IQuadReader : IDisposable
{
    /// <summary>Parses the input, yielding each quad as soon as its statement is complete.</summary>
    /// <exception cref="RdfParseException">On the first syntax error, unless the reader is lenient.</exception>
    IEnumerable<Quad> ReadQuads();

    /// <summary>Prefixes declared so far (Turtle, TriG), in declaration order, later ones overriding.</summary>
    IReadOnlyDictionary<string, string> Prefixes { get; }

    /// <summary>The base IRI in force at the end of what was read.</summary>
    string? BaseIri { get; }

    /// <summary>In lenient mode, how many statements were skipped because of errors.</summary>
    long SkippedStatements { get; }

    /// <summary>In lenient mode, the first errors met (up to <see cref="RdfReaderOptions.MaxErrorsKept"/>).</summary>
    IReadOnlyList<RdfParseException> Errors { get; }
}
