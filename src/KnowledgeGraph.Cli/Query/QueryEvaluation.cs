using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Query;

/// <summary>Runs the query of a <see cref="QueryRequest"/> over loaded data with the SPARQL engine.</summary>
public static class QueryEvaluation
{
    public static QueryResult Evaluate(QueryRequest request, IReadOnlyList<Quad> quads, CliConsole console) =>
        throw new CommandFailedException("SPARQL evaluation is not in this build yet: the engine (SparqlEngine) arrives with the sparql-eval branch");
}
