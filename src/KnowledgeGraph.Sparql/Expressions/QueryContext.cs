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

    private Term?[]? _bnodeSolution;
    private readonly Dictionary<string, BlankNode> _bnodesOfSolution = new(StringComparer.Ordinal);

    /// <summary>
    /// BNODE(str): the same blank node for the same string within one solution, a new one in the next. A row that
    /// extends the previous one (BIND after BIND) is the same solution.
    /// </summary>
    public BlankNode BlankNodeFor(Term?[] row, string label)
    {
        if (_bnodeSolution is null || !Extends(row, _bnodeSolution))
        {
            _bnodesOfSolution.Clear();
        }

        _bnodeSolution = row;
        if (!_bnodesOfSolution.TryGetValue(label, out var node))
        {
            node = BlankNodes.Next();
            _bnodesOfSolution.Add(label, node);
        }

        return node;
    }

    private static bool Extends(Term?[] row, Term?[] previous)
    {
        if (ReferenceEquals(row, previous))
        {
            return true;
        }

        if (row.Length != previous.Length)
        {
            return false;
        }

        for (var i = 0; i < row.Length; i++)
        {
            if (previous[i] is not null && !previous[i]!.Equals(row[i]))
            {
                return false;
            }
        }

        return true;
    }

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
