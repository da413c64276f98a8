using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// GraphQL mutations on the embedded store, reads and writes of one request. Each read opens its own snapshot (the
/// read-back after the update must see the commit) and remembers the dataset version it showed; the update is parsed
/// by our SPARQL parser and run by <see cref="SparqlUpdateExecutor"/> in ONE <see cref="StoreHost.Write{T}"/>
/// transaction (atomic; it bumps the version that keys every cache), like the SPARQL Update endpoint, with one
/// addition: inside the transaction, where writers are serialized, it checks that the store is still at the version
/// the validation read. If any write came in between (a SPARQL Update, the Graph Store protocol), nothing is written
/// and <see cref="WriteConflictException"/> makes the GraphQL service validate again on the new data.
/// </summary>
public sealed class StoreMutationSession(StoreHost store, TimeSpan queryTimeout, TimeSpan updateTimeout) : ISparqlRunner, ISparqlUpdateRunner
{
    private readonly Lock _gate = new();
    private long? _observed;
    private bool _inconsistent;

    public IReadOnlyList<SolutionRow> Select(string sparql, CancellationToken cancellation)
    {
        var (snapshot, version) = store.OpenSnapshot();
        using (snapshot)
        {
            lock (_gate)
            {
                if (version is null || (_observed is { } seen && seen != version))
                {
                    _inconsistent = true;
                }

                _observed ??= version;
            }

            return new EngineSparqlRunner(new StoreQuadSource(snapshot), queryTimeout).Select(sparql, cancellation);
        }
    }

    public void Update(string sparqlUpdate, CancellationToken cancellation)
    {
        long? observed;
        bool inconsistent;
        lock (_gate)
        {
            (observed, inconsistent) = (_observed, _inconsistent);
            (_observed, _inconsistent) = (null, false);
        }

        UpdateRequest request;
        try
        {
            request = SparqlParser.ParseUpdate(sparqlUpdate, null);
        }
        catch (SparqlParseException e)
        {
            throw new global::GraphQL.ExecutionError("The compiled update does not parse; nothing was written: " + e.Message) { Code = "UPDATE_FAILED" };
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(updateTimeout);
        var options = new UpdateOptions { Timeout = updateTimeout, Cancellation = limit.Token };
        try
        {
            store.Write(
                write =>
                {
                    if (inconsistent || observed is null || store.Version != observed)
                    {
                        throw new WriteConflictException("The data changed between the validation reads and the write.");
                    }

                    return SparqlUpdateExecutor.Execute(request, StoreUpdateTarget.Within(write, () => store.OpenSnapshot().Snapshot), options);
                },
                limit.Token);
        }
        catch (SparqlUpdateException e)
        {
            throw new global::GraphQL.ExecutionError("The compiled update failed and nothing was written: " + e.Message) { Code = "UPDATE_FAILED" };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new global::GraphQL.ExecutionError($"The update ran longer than {updateTimeout.TotalSeconds:0.#} s; nothing was written.") { Code = "TIMEOUT" };
        }
    }
}
