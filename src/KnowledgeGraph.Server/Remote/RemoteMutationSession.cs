using GraphQL;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// GraphQL mutations on a remote store: the validation reads and the compiled update text go to the remote (SHACL
/// validation stays in our GraphQL layer, before the update is sent). SPARQL 1.1 has no conditional update, so the
/// optimistic check of the embedded session is approximated with our dataset version: if it moved between the first
/// read and the write (a write through this server, a version-triple change from another server, or the cache TTL),
/// <see cref="WriteConflictException"/> makes the service read and validate again. Writes by others that neither bump
/// the version triple nor outlast the TTL are not seen (docs/scale-out.md).
/// </summary>
public sealed class RemoteMutationSession(RemoteSparqlClient client, StoreHost store, RemoteWriteRecorder writes, TimeSpan queryTimeout, TimeSpan updateTimeout)
    : ISparqlRunner, ISparqlUpdateRunner
{
    private readonly Lock _gate = new();
    private long? _observed;

    public IReadOnlyList<SolutionRow> Select(string sparql, CancellationToken cancellation)
    {
        var (snapshot, version) = store.OpenSnapshot();
        snapshot.Dispose();
        lock (_gate)
        {
            _observed ??= version ?? -1;
        }

        return new RemoteSparqlRunner(client, queryTimeout).Select(sparql, cancellation);
    }

    public void Update(string sparqlUpdate, CancellationToken cancellation)
    {
        long? observed;
        lock (_gate)
        {
            observed = _observed;
            _observed = null;
        }

        try
        {
            // Parsed here too: a compiler bug is our error with a position, not the remote's.
            SparqlParser.ParseUpdate(sparqlUpdate, null);
        }
        catch (SparqlParseException e)
        {
            throw new ExecutionError($"The compiled update does not parse ({e.Line}:{e.Column}: {e.Description}); nothing was written.");
        }

        var (snapshot, now) = store.OpenSnapshot();
        snapshot.Dispose();
        if (observed is { } seen && now != seen)
        {
            throw new WriteConflictException("The data may have changed between the validation reads and the write.");
        }

        try
        {
            client.UpdateAsync(sparqlUpdate, null, updateTimeout, cancellation).GetAwaiter().GetResult();
        }
        catch (RemoteStoreException e)
        {
            throw new ExecutionError(e.Message + " Nothing was written.");
        }
        catch (TimeoutException e)
        {
            throw new ExecutionError(e.Message);
        }

        writes.RecordAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
