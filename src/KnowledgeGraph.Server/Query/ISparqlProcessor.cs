using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// The server's seam to the SPARQL engine: parse, evaluate against a snapshot, run an update. The protocol
/// layer (parameters, negotiation, caching, limits, status codes) lives in the endpoints and does not care
/// how the engine works.
/// </summary>
public interface ISparqlProcessor
{
    /// <summary>Parses a query; throws <see cref="SparqlSyntaxError"/> for a malformed one.</summary>
    ParsedQuery PrepareQuery(string text, string? baseIri);

    /// <summary>
    /// Evaluates a prepared query lazily (rows are produced while the response is written); honours
    /// <see cref="QueryExecution.Cancel"/> (which fires at the timeout) by throwing <see cref="OperationCanceledException"/>.
    /// </summary>
    QueryResult Evaluate(ParsedQuery query, QueryExecution execution);

    /// <summary>Parses and runs an update request atomically; throws <see cref="SparqlSyntaxError"/> for a malformed one.</summary>
    UpdateOutcome Update(string text, string? baseIri, UpdateExecution execution);
}
