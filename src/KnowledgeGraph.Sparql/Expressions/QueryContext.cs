using KnowledgeGraph.Rdf.Model;
using XsdIris = KnowledgeGraph.Rdf.Vocabulary.Xsd;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// What the builtins need from the running query: NOW fixed for the whole query, the base IRI for IRI(),
/// a random source, the per-query regex cache and the blank-node allocator for BNODE() and CONSTRUCT.
/// </summary>
public sealed class QueryContext
{
    public QueryContext(string? baseIri = null, DateTimeOffset? now = null, int? randomSeed = null)
    {
        BaseIri = baseIri;
        var instant = now ?? DateTimeOffset.UtcNow;
        Now = new Literal(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), XsdIris.DateTime);
        Random = randomSeed is { } seed ? new Random(seed) : new Random();
        BlankNodes = new BlankNodeAllocator("q" + Guid.NewGuid().ToString("N")[..8]);
    }

    public string? BaseIri { get; }

    /// <summary>The value of NOW(): the same for every call within one query.</summary>
    public Literal Now { get; }

    public Random Random { get; }

    public XPathRegex Regexes { get; } = new();

    public BlankNodeAllocator BlankNodes { get; }

    public CancellationToken Cancellation { get; init; }

    /// <summary>When the query must stop; checked in the pull loops.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>Throws when the query was cancelled or ran past its deadline.</summary>
    public void CheckContinue()
    {
        Cancellation.ThrowIfCancellationRequested();
        if (Deadline is { } deadline && DateTime.UtcNow > deadline)
        {
            throw new QueryTimeoutException("The query ran past its timeout.");
        }
    }
}
