namespace KnowledgeGraph.Server.Options;

/// <summary>Where the data lives: in this process (<see cref="StoreKind"/> picks LMDB or memory) or in a remote SPARQL 1.1 store.</summary>
public enum StoreMode
{
    /// <summary>Our own engine over the store chosen by <see cref="ServerOptions.StoreKind"/>.</summary>
    Embedded,

    /// <summary>A remote SPARQL 1.1 store (Virtuoso, GraphDB, Neptune, QLever, Fuseki) set up by <see cref="RemoteStoreOptions"/>.</summary>
    Remote,
}
