using System.Collections.Concurrent;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Federation;

/// <summary>
/// An <see cref="IServiceExecutor"/> whose endpoints are our own engine over in-memory sources: the request text
/// is parsed and evaluated exactly as a remote endpoint would, so these tests cover the printed SPARQL, the VALUES
/// block and the join of the answers without a network. Every request is recorded. An endpoint not in the map
/// fails as an unreachable one would.
/// </summary>
internal sealed class EngineEndpoints(IReadOnlyDictionary<string, IQuadSource> endpoints, int batchSize = 100) : IServiceExecutor
{
    public ConcurrentQueue<ServiceRequest> Requests { get; } = new();

    public int BatchSize => batchSize;

    public SolutionSequence Execute(ServiceRequest request, CancellationToken cancellation)
    {
        Requests.Enqueue(request);
        if (!endpoints.TryGetValue(request.Endpoint.Value, out var source))
        {
            throw new InvalidOperationException($"{request.Endpoint.Value} is not reachable.");
        }

        var query = SparqlParser.ParseQuery(request.Query);
        var options = new EvaluationOptions { Cancellation = cancellation, ServiceExecutor = this };
        return ((SolutionSequence)new SparqlEngine(source, options).Query(query)).Materialize();
    }
}

/// <summary>An endpoint that never answers until the call is cancelled.</summary>
internal sealed class HangingEndpoint : IServiceExecutor
{
    public int BatchSize => 10;

    public SolutionSequence Execute(ServiceRequest request, CancellationToken cancellation)
    {
        Task.Delay(Timeout.Infinite, cancellation).GetAwaiter().GetResult();
        throw new InvalidOperationException("unreachable");
    }
}
