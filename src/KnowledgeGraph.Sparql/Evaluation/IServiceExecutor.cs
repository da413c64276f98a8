using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Runs the SELECT a SERVICE pattern turns into at its endpoint. The engine never opens connections itself: a
/// host injects an executor through <see cref="EvaluationOptions.ServiceExecutor"/> (the server's applies its
/// URL policy); without one SERVICE fails as disabled. An implementation throws for any failure (refused,
/// unreachable, bad response) with a message that names the endpoint; the engine turns failures of a
/// <c>SERVICE SILENT</c> into the single empty solution the spec asks for.
/// </summary>
public interface IServiceExecutor
{
    /// <summary>Most rows one request's VALUES block may carry in a bound join (1 turns batching off).</summary>
    int BatchSize { get; }

    /// <summary>Runs the request; <paramref name="cancellation"/> fires at the query's timeout or cancellation.</summary>
    SolutionSequence Execute(ServiceRequest request, CancellationToken cancellation);
}
