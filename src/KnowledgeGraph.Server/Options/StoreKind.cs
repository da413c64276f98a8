namespace KnowledgeGraph.Server.Options;

/// <summary>Which quad store backend the server runs on.</summary>
public enum StoreKind
{
    /// <summary>The durable LMDB store in <see cref="ServerOptions.StorePath"/>.</summary>
    Lmdb,

    /// <summary>An in-memory store: gone when the process ends (tests, demos).</summary>
    Memory,
}
