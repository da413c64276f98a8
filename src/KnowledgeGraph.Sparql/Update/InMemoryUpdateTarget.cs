using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// An updatable in-memory dataset (tests, small tools). Each commit publishes a new immutable
/// <see cref="InMemoryQuadSource"/> version with one reference swap, so a reader holding <see cref="Current"/>
/// sees either the state before or the state after a request, never a mix. It records empty named graphs
/// (CREATE GRAPH makes a graph that exists while empty). A commit copies the dataset: fine for test-sized data.
/// </summary>
public sealed class InMemoryUpdateTarget : IUpdateTarget
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private Version _version;

    public InMemoryUpdateTarget(IEnumerable<Quad>? quads = null)
    {
        _version = new Version(new InMemoryQuadSource(quads ?? []), new HashSet<Term>());
    }

    /// <summary>The last committed state. Do not add to it: it is shared with every reader.</summary>
    public InMemoryQuadSource Current => Volatile.Read(ref _version).Quads;

    /// <summary>The empty named graphs recorded in the last committed state.</summary>
    public IReadOnlySet<Term> EmptyGraphs => Volatile.Read(ref _version).EmptyGraphs;

    public IUpdateTransaction Begin()
    {
        _writer.Wait();
        return new Transaction(this, Volatile.Read(ref _version));
    }

    private sealed record Version(InMemoryQuadSource Quads, IReadOnlySet<Term> EmptyGraphs);

    private sealed class Transaction(InMemoryUpdateTarget owner, Version start) : IUpdateTransaction
    {
        private readonly HashSet<Quad> _inserts = [];
        private readonly HashSet<Quad> _deletes = [];
        private readonly HashSet<Term> _emptyGraphs = [.. start.EmptyGraphs];
        private bool _done;

        public IQuadSource Source => start.Quads;

        public bool RecordsEmptyGraphs => true;

        public IReadOnlySet<Term> EmptyGraphs => start.EmptyGraphs;

        public void Insert(in Quad quad)
        {
            _deletes.Remove(quad);
            _inserts.Add(quad);
        }

        public void Delete(in Quad quad)
        {
            _inserts.Remove(quad);
            _deletes.Add(quad);
        }

        public void RecordEmptyGraph(Term graph) => _emptyGraphs.Add(graph);

        public void ForgetEmptyGraph(Term graph) => _emptyGraphs.Remove(graph);

        public void Commit()
        {
            ObjectDisposedException.ThrowIf(_done, this);
            var next = new InMemoryQuadSource(start.Quads.Match(null, null, null, null).Where(q => !_deletes.Contains(q)).Concat(_inserts));
            Volatile.Write(ref owner._version, new Version(next, _emptyGraphs));
            Dispose();
        }

        public void Dispose()
        {
            if (!_done)
            {
                _done = true;
                owner._writer.Release();
            }
        }
    }
}
