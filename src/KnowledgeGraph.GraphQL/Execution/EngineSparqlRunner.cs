using GraphQL;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs SPARQL on the embedded <see cref="SparqlEngine"/> over an <see cref="IQuadSource"/>, with a timeout. The default
/// graph is the union of all graphs unless told otherwise: the claims live in one named graph per article.
/// </summary>
public sealed class EngineSparqlRunner : ISparqlRunner
{
    private readonly IQuadSource _source;
    private readonly TimeSpan _timeout;
    private readonly bool _unionDefaultGraph;

    public EngineSparqlRunner(IQuadSource source, TimeSpan timeout, bool unionDefaultGraph = true)
    {
        _source = source;
        _timeout = timeout;
        _unionDefaultGraph = unionDefaultGraph;
    }

    public IReadOnlyList<SolutionRow> Select(string sparql, CancellationToken cancellation)
    {
        var engine = new SparqlEngine(_source, new EvaluationOptions { Timeout = _timeout, Cancellation = cancellation });
        var dataset = _unionDefaultGraph ? QueryDataset.Unspecified with { UnionDefaultGraph = true } : null;
        try
        {
            return engine.Query(sparql, dataset: dataset) is SolutionSequence rows
                ? rows.Rows.ToList()
                : throw new InvalidOperationException("The compiled query is not a SELECT.");
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or QueryLimitException)
        {
            throw new ExecutionError($"The query took longer than {_timeout.TotalSeconds:0.#} s and was stopped.");
        }
    }
}
