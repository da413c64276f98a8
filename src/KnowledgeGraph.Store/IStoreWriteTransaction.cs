using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// The one write transaction: inserts and deletes are buffered and applied together by <see cref="Commit"/>
/// (all or nothing). Disposing without committing discards them. Within one transaction, the last
/// operation on a quad wins. Use it from the thread that began it (LMDB ties writers to their thread).
/// </summary>
public interface IStoreWriteTransaction : IDisposable
{
    /// <summary>The id of a term, adding it to the dictionary if it is new.</summary>
    TermId GetOrAddId(Term term);

    void Insert(in Quad quad);

    void Delete(in Quad quad);

    void Insert(in EncodedQuad quad);

    void Delete(in EncodedQuad quad);

    /// <summary>Records a named graph as existing even while it holds no quads (CREATE GRAPH).</summary>
    void CreateGraph(TermId graph);

    /// <summary>
    /// Forgets a named graph's record (DROP GRAPH). Delete its quads in the same transaction: a graph holding
    /// quads exists whether recorded or not.
    /// </summary>
    void DropGraph(TermId graph);

    /// <summary>How many operations are buffered (while a transaction only inserts, a repeated quad counts each time).</summary>
    int PendingCount { get; }

    /// <summary>Applies the buffered operations atomically and durably; returns what actually changed.</summary>
    CommitResult Commit();
}

/// <summary>What a commit changed: quads that were not there and now are, and quads that were and now are not.</summary>
public sealed record CommitResult(long Inserted, long Deleted);
