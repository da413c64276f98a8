using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// The state an update request sees while it runs: the transaction's starting state with the request's
/// pending inserts and deletes laid over it. Later operations of a request evaluate their WHERE against this
/// view, so they see what earlier ones changed, although the store's write transaction cannot read its own
/// writes. The changes are kept net (an inserted quad was absent from the base, a deleted one present), so
/// committing them is exact and their counts are what really changed.
/// </summary>
public sealed class OverlayQuadSource : IQuadSource
{
    private readonly IQuadSource _base;
    private readonly QuadIndexSet _inserted = new();
    private readonly HashSet<Quad> _deleted = [];
    private readonly Dictionary<Term, int> _deletedPerGraph = [];
    private readonly HashSet<Term> _emptyGraphs;
    private readonly HashSet<Term> _forgottenEmptyGraphs = [];

    public OverlayQuadSource(IQuadSource baseSource, IEnumerable<Term>? recordedEmptyGraphs = null)
    {
        ArgumentNullException.ThrowIfNull(baseSource);
        _base = baseSource;
        _emptyGraphs = [.. recordedEmptyGraphs ?? []];
        InitialEmptyGraphs = new HashSet<Term>(_emptyGraphs);
    }

    /// <summary>Quads to insert into the base (none of them is in it).</summary>
    public IReadOnlyCollection<Quad> Inserted => _inserted.All;

    /// <summary>Quads to delete from the base (all of them are in it).</summary>
    public IReadOnlyCollection<Quad> Deleted => _deleted;

    /// <summary>Named graphs recorded as existing while empty, as they stand now.</summary>
    public IReadOnlySet<Term> EmptyGraphRecords => _emptyGraphs;

    /// <summary>The recorded empty graphs when the overlay was made.</summary>
    public IReadOnlySet<Term> InitialEmptyGraphs { get; }

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        var fromBase = _base.Match(subject, predicate, obj, graph);
        if (_deleted.Count > 0)
        {
            fromBase = fromBase.Where(q => !_deleted.Contains(q));
        }

        // Enumerated lazily by the engine: materialize the inserted side so that a caller changing the overlay
        // after evaluation started cannot break the enumeration.
        return _inserted.Count == 0 ? fromBase : fromBase.Concat(_inserted.Match(subject, predicate, obj, graph).ToList());
    }

    public IEnumerable<Term> NamedGraphs()
    {
        var seen = new HashSet<Term>();
        foreach (var graph in _base.NamedGraphs())
        {
            if (seen.Add(graph) && (HasQuads(graph) || _emptyGraphs.Contains(graph)))
            {
                yield return graph;
            }
        }

        foreach (var graph in _inserted.Graphs.ToList())
        {
            if (!graph.IsDefaultGraph && seen.Add(graph))
            {
                yield return graph;
            }
        }

        // Graphs created (or recorded empty) earlier in this request exist although they hold no quads yet.
        foreach (var graph in _emptyGraphs.ToList())
        {
            if (seen.Add(graph))
            {
                yield return graph;
            }
        }
    }

    public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) =>
        _base.EstimateCardinality(subject, predicate, obj, graph) + _inserted.Estimate(subject, predicate, obj, graph);

    /// <summary>Adds a quad to the view; false when it was already there.</summary>
    public bool Insert(in Quad quad)
    {
        if (_deleted.Remove(quad))
        {
            _deletedPerGraph[quad.Graph]--;
            return true;
        }

        if (_inserted.Contains(quad) || InBase(quad))
        {
            return false;
        }

        return _inserted.Add(quad);
    }

    /// <summary>Removes a quad from the view; false when it was not there.</summary>
    public bool Delete(in Quad quad)
    {
        if (_inserted.Remove(quad))
        {
            return true;
        }

        if (_deleted.Contains(quad) || !InBase(quad))
        {
            return false;
        }

        _deleted.Add(quad);
        _deletedPerGraph[quad.Graph] = _deletedPerGraph.GetValueOrDefault(quad.Graph) + 1;
        return true;
    }

    /// <summary>True when the graph (named or default) holds a quad in this view.</summary>
    public bool HasQuads(Term graph)
    {
        if (_inserted.CountIn(graph) > 0)
        {
            return true;
        }

        var quads = _base.Match(null, null, null, graph);
        return _deletedPerGraph.GetValueOrDefault(graph) == 0 ? quads.Any() : quads.Any(q => !_deleted.Contains(q));
    }

    /// <summary>A named graph exists when it holds quads or is recorded as an empty graph.</summary>
    public bool GraphExists(Term graph) => graph.IsDefaultGraph || _emptyGraphs.Contains(graph) || HasQuads(graph);

    public void RecordEmptyGraph(Term graph)
    {
        _emptyGraphs.Add(graph);
        _forgottenEmptyGraphs.Remove(graph);
    }

    public void ForgetEmptyGraph(Term graph)
    {
        if (_emptyGraphs.Remove(graph))
        {
            _forgottenEmptyGraphs.Add(graph);
        }
    }

    /// <summary>The quads of one graph in this view, as a list (safe to change the overlay while walking it).</summary>
    public List<Quad> QuadsIn(Term graph) => Match(null, null, null, graph).ToList();

    private bool InBase(in Quad quad) => _base.Match(quad.Subject, quad.Predicate, quad.Obj, quad.Graph).Any();
}
