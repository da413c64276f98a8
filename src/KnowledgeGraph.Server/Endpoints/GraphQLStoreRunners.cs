using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// GraphQL mutations on the embedded store: the compiled SPARQL Update goes through the server's own update path
/// (<see cref="ISparqlProcessor.Update"/>: parsed by our parser, run in one <see cref="StoreHost.Write{T}"/>
/// transaction, so it is atomic and bumps the dataset version that keys every cache).
/// </summary>
internal sealed class StoreSparqlUpdateRunner(ISparqlProcessor processor, StoreHost store, TimeSpan timeout) : ISparqlUpdateRunner
{
    public void Update(string sparqlUpdate, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            processor.Update(sparqlUpdate, baseIri: null, new UpdateExecution(store, ProtocolDataset.Unspecified, timeout, null, null, limit.Token));
        }
        catch (Exception e) when (e is UpdateFailedException or SparqlSyntaxError)
        {
            throw new global::GraphQL.ExecutionError("The compiled update failed and nothing was written: " + e.Message) { Code = "UPDATE_FAILED" };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new global::GraphQL.ExecutionError($"The update ran longer than {timeout.TotalSeconds:0.#} s; nothing was written.") { Code = "TIMEOUT" };
        }
    }
}

/// <summary>
/// Reads for a mutation: each query opens its own snapshot, so the read-back after the update sees the commit
/// (a request's usual single snapshot would still show the data from before it).
/// </summary>
internal sealed class FreshSnapshotSparqlRunner(StoreHost store, TimeSpan timeout) : ISparqlRunner
{
    public IReadOnlyList<SolutionRow> Select(string sparql, CancellationToken cancellation)
    {
        var (snapshot, _) = store.OpenSnapshot();
        using (snapshot)
        {
            return new EngineSparqlRunner(new StoreQuadSource(snapshot), timeout).Select(sparql, cancellation);
        }
    }
}
