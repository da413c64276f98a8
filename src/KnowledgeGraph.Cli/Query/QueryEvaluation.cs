using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Query;

/// <summary>
/// Runs the query of a <see cref="QueryRequest"/> over a source with the SPARQL engine and writes the result,
/// streaming: rows are written as the evaluator produces them, into an output that appears only on success.
/// Exit codes: 0 answered; 1 the query does not parse or evaluation failed (a memory limit, an evaluation
/// error); 2 the query ran past its timeout.
/// </summary>
public static class QueryEvaluation
{
    public const int TimedOut = 2;

    public static int Run(QueryRequest request, IQuadSource source, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(source);
        var stopwatch = Stopwatch.StartNew();
        Sparql.Algebra.Query query;
        try
        {
            query = SparqlParser.ParseQuery(request.QueryText, request.QueryBaseIri);
        }
        catch (SparqlParseException e)
        {
            console.Error.WriteLine(request.QuerySourceName is null ? e.Message : request.QuerySourceName + ":" + e.Message);
            return ExitCodes.Failure;
        }

        var options = new EvaluationOptions
        {
            Timeout = request.Timeout,
            ServiceExecutor = request.ServiceAllowList is { Count: > 0 } allow
                ? new Server.Query.PolicyServiceExecutor(
                    new Server.Security.UrlPolicy(allow, allowInternalAddresses: request.ServiceAllowPrivateNetworks),
                    new Server.Query.ServiceLimits(16L << 20, 100_000))
                : null,
        };
        var engine = new Sparql.SparqlEngine(source, options);
        try
        {
            var prepared = engine.Prepare(query, request.UnionDefaultGraph ? new QueryDataset(UnionDefaultGraph: true) : null);
            var result = prepared.Execute();
            var format = request.Output ?? QueryResultOutput.DefaultFor(result);
            if (format.Mismatch(result) is { } mismatch)
            {
                throw new UsageException("--results: " + mismatch);
            }

            using (var file = OutputFile.Open(request.OutputPath, console))
            {
                format.Write(result, file.Writer);
                file.Commit();
            }

            if (request.Explain)
            {
                console.Error.WriteLine("; algebra");
                console.Error.WriteLine(SsePrinter.Print(query.Pattern));
                console.Error.WriteLine("; plan (est = estimated rows, actual = rows produced)");
                console.Error.WriteLine(prepared.Explain());
                console.Error.WriteLine($"; answered in {stopwatch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)} ms");
            }

            return ExitCodes.Success;
        }
        catch (QueryTimeoutException e)
        {
            console.Error.WriteLine($"kg query: timed out after {request.Timeout?.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({e.Message})");
            return TimedOut;
        }
        catch (Exception e) when (e is QueryLimitException or SparqlEvaluationException)
        {
            console.Error.WriteLine("kg query: " + e.Message);
            return ExitCodes.Failure;
        }
    }
}
