using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// Where the GraphQL endpoint gets its <see cref="ISparqlRunner"/> for one request: over a snapshot of the embedded
/// store (<see cref="EmbeddedSparqlRunnerSource"/>) or over the remote store (<c>Remote.RemoteSparqlRunnerSource</c>).
/// Registered in DI by <see cref="StoreServices"/>, so the endpoint does not know which.
/// </summary>
public interface ISparqlRunnerSource
{
    SparqlRunnerLease Open();
}

/// <summary>A runner for one request, the dataset version it reads (keys the GraphQL caches), and what to release after.</summary>
public sealed class SparqlRunnerLease(ISparqlRunner runner, long version, IDisposable? resource = null) : IDisposable
{
    public ISparqlRunner Runner { get; } = runner;

    public long Version { get; } = version;

    public void Dispose() => resource?.Dispose();
}
