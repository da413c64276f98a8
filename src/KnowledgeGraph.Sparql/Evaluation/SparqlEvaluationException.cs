namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>A query that parses but cannot be evaluated (e.g. SERVICE, which is disabled).</summary>
public sealed class SparqlEvaluationException : Exception
{
    public SparqlEvaluationException()
    {
    }

    public SparqlEvaluationException(string message)
        : base(message)
    {
    }

    public SparqlEvaluationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
