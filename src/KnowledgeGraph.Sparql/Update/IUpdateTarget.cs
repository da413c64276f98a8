namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// What SPARQL Update writes to: a dataset that can start one atomic write at a time. Implemented over the
/// in-memory dataset (<see cref="InMemoryUpdateTarget"/>) and over the quad store (<c>StoreUpdateTarget</c>).
/// </summary>
public interface IUpdateTarget
{
    /// <summary>
    /// Starts a write: waits while another write is open, then exposes the committed state as of that moment.
    /// Dispose the transaction without <see cref="IUpdateTransaction.Commit"/> to abort.
    /// </summary>
    IUpdateTransaction Begin();
}
