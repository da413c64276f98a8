using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs compiled SPARQL SELECT text. This is the seam to the store: the embedded <see cref="EngineSparqlRunner"/>
/// today, a remote SPARQL 1.1 endpoint later, with the same text.
/// </summary>
public interface ISparqlRunner
{
    IReadOnlyList<SolutionRow> Select(string sparql, CancellationToken cancellation);
}
