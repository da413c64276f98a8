using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Query;

/// <summary>Runs the query of a <see cref="QueryRequest"/> over loaded data with the SPARQL engine.</summary>
public static class QueryEvaluation
{
    /// <summary>
    /// False while this build has no SPARQL engine (sparql-eval's <c>SparqlEngine</c> is not merged yet): the
    /// end-to-end tests skip with that reason instead of failing. Goes away when the engine is wired in.
    /// </summary>
    public static bool EngineAvailable => false;

    public static QueryResult Evaluate(QueryRequest request, IReadOnlyList<Quad> quads, CliConsole console) =>
        throw new CommandFailedException("SPARQL evaluation is not in this build yet: the engine (SparqlEngine) arrives with the sparql-eval branch");
}
