namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs compiled SPARQL Update text atomically (all operations of the request or none): the seam mutations write
/// through, next to <see cref="ISparqlRunner"/>. The server's implementation goes through its own update path (one
/// store write transaction); a remote SPARQL 1.1 store would receive the same text.
/// </summary>
public interface ISparqlUpdateRunner
{
    void Update(string sparqlUpdate, CancellationToken cancellation);
}
