using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// The processor used while the SPARQL engine (SparqlEngine, branch sparql-eval) and SPARQL Update are not
/// merged: every query and update gets 501 with a message saying so, rather than a wrong or empty answer.
/// Replace the registration in <see cref="KnowledgeGraphServer"/> with the engine's processor when it lands.
/// </summary>
public sealed class EngineUnavailableProcessor : ISparqlProcessor
{
    public const string QueryMessage =
        "SPARQL query evaluation is not in this build yet: the query engine (SparqlEngine) has not been merged into the server. "
        + "The Graph Store Protocol (/store) works.";

    public const string UpdateMessage =
        "SPARQL Update is not in this build yet: update execution is being built and has not been merged into the server. "
        + "Use the Graph Store Protocol (/store, PUT/POST/DELETE) to write.";

    public PreparedQuery PrepareQuery(string text, string? baseIri) => throw new EngineUnavailableException(QueryMessage);

    public QueryResult Evaluate(PreparedQuery query, QueryExecution execution) => throw new EngineUnavailableException(QueryMessage);

    public UpdateOutcome Update(string text, string? baseIri, UpdateExecution execution) => throw new EngineUnavailableException(UpdateMessage);
}
