namespace KnowledgeGraph.Store;

/// <summary>
/// A dictionary-encoded quad store. Readers work on snapshots (<see cref="OpenSnapshot"/>) that keep
/// the state they started with while writers commit; writers go one at a time (<see cref="BeginWrite"/>
/// waits for the previous writer to finish).
/// </summary>
public interface IQuadStore : IDisposable
{
    /// <summary>Opens a read snapshot of the last committed state. Dispose it when the query is done.</summary>
    /// <param name="unionDefaultGraph">Read the union of all graphs where the default graph is asked for.</param>
    IStoreSnapshot OpenSnapshot(bool unionDefaultGraph = false);

    /// <summary>Starts the write transaction, waiting while another one is open.</summary>
    IStoreWriteTransaction BeginWrite();

    /// <summary>Where the store lives, or null for an in-memory store.</summary>
    string? Location { get; }
}
