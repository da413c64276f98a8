using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Optimizer;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// The SPARQL query façade: parse, optimize, evaluate against an <see cref="IQuadSource"/>, and return a
/// <see cref="QueryResult"/>; <see cref="Explain"/> prints the algebra and the executed plan with estimated and
/// actual row counts per operator.
/// </summary>
public sealed class SparqlEngine
{
    private readonly IQuadSource _source;
    private readonly EvaluationOptions _options;

    public SparqlEngine(IQuadSource source, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? EvaluationOptions.Default;
    }

    /// <summary>Parses and runs a query; SELECT, CONSTRUCT and DESCRIBE results are streamed as they are read.</summary>
    public QueryResult Query(string text, string? baseIri = null, QueryDataset? dataset = null) =>
        Prepare(SparqlParser.ParseQuery(text, baseIri), dataset).Execute();

    public QueryResult Query(Query query, QueryDataset? dataset = null) => Prepare(query, dataset).Execute();

    /// <summary>Compiles a parsed query to a plan (optimized unless <see cref="EvaluationOptions.Optimize"/> is off).</summary>
    public PreparedQuery Prepare(Query query, QueryDataset? dataset = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pattern = _options.Optimize
            ? new QueryOptimizer(_source, query.Prologue.BaseIri).Optimize(query.Pattern)
            : query.Pattern;
        return new PreparedQuery(query, pattern, _source, dataset, _options);
    }

    /// <summary>
    /// Runs the query to completion and returns the algebra, the optimized plan with estimated and actual rows
    /// per operator, and the result size.
    /// </summary>
    public string Explain(string text, string? baseIri = null, QueryDataset? dataset = null)
    {
        var query = SparqlParser.ParseQuery(text, baseIri);
        var prepared = Prepare(query, dataset);
        var count = prepared.Execute() switch
        {
            SolutionSequence s => s.Rows.LongCount(),
            GraphResult g => g.Quads.LongCount(),
            _ => 1,
        };
        return "; algebra\n" + SsePrinter.Print(query.Pattern) + "\n; plan (est = estimated rows, actual = rows produced)\n"
            + prepared.Explain() + "\n; results: " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";
    }
}
