using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store;

/// <summary>
/// What both backends' write transactions share: quad inserts and deletes and graph records are buffered here until
/// <see cref="Commit"/>, which each backend writes its own way; a finished transaction refuses further use.
/// </summary>
internal abstract class BufferedWriteTransaction : IStoreWriteTransaction
{
    protected PendingChanges Pending { get; } = new();

    /// <summary>Named graphs created (true) or dropped (false) in this transaction.</summary>
    protected Dictionary<TermId, bool> GraphChanges { get; } = [];

    protected bool Done { get; set; }

    public int PendingCount => Pending.Count;

    public abstract TermId GetOrAddId(Term term);

    public void Insert(in Quad quad) => Insert(Encode(quad));

    public void Delete(in Quad quad) => Delete(Encode(quad));

    public void Insert(in EncodedQuad quad)
    {
        ThrowIfDone();
        Pending.Set(quad, true);
    }

    public void Delete(in EncodedQuad quad)
    {
        ThrowIfDone();
        Pending.Set(quad, false);
    }

    public void CreateGraph(TermId graph)
    {
        ThrowIfDone();
        GraphRecords.Validate(graph);
        GraphChanges[graph] = true;
    }

    public void DropGraph(TermId graph)
    {
        ThrowIfDone();
        GraphRecords.Validate(graph);
        GraphChanges[graph] = false;
    }

    public abstract CommitResult Commit();

    public void Dispose()
    {
        if (!Done)
        {
            Finish();
        }
    }

    /// <summary>Ends the transaction (after a commit, or abandoned): sets <see cref="Done"/> and releases the backend's writer.</summary>
    protected abstract void Finish();

    protected void ThrowIfDone() => ObjectDisposedException.ThrowIf(Done, this);

    private EncodedQuad Encode(in Quad quad) =>
        new(GetOrAddId(quad.Subject), GetOrAddId(quad.Predicate), GetOrAddId(quad.Obj), GetOrAddId(quad.Graph));
}
