using GraphQL;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// GraphQL's compiled SELECT text, run on the remote store. The remote's default graph must be the union of the graphs
/// (Virtuoso's is; for other stores configure it so) as it is for <see cref="EngineSparqlRunner"/>.
/// </summary>
public sealed class RemoteSparqlRunner(RemoteSparqlClient client, TimeSpan timeout) : ISparqlRunner
{
    public IReadOnlyList<SolutionRow> Select(string sparql, CancellationToken cancellation)
    {
        try
        {
            return client.QueryAsync(sparql, givesGraph: false, null, timeout, cancellation).GetAwaiter().GetResult() is SolutionSequence rows
                ? rows.Rows.ToList()
                : throw new InvalidOperationException("The compiled query is not a SELECT.");
        }
        catch (TimeoutException)
        {
            throw new ExecutionError($"The query took longer than {timeout.TotalSeconds:0.#} s and was stopped.");
        }
        catch (RemoteStoreException e)
        {
            throw new ExecutionError(e.Message);
        }
    }
}
