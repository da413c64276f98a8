using System.CommandLine;
using KnowledgeGraph.Store.Sparql;
using KnowledgeGraph.Cli.Commands.Store;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Cli.Query;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg query (--store DIR | --data FILE...) (--query TEXT | --file Q.rq) [--results FORMAT] [--explain] [--timeout SECONDS] [-o OUT]
/// [--service-allow PREFIX...] [--service-allow-private]</c>.
/// Exit codes: 0 answered; 1 the query (or a data file) does not parse, or evaluation failed; 2 the
/// query ran past <c>--timeout</c>, or the command line is wrong.
/// </summary>
public static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var store = new Option<string?>("--store", "-s")
        {
            Description = "The store directory to query.",
            HelpName = "DIR",
        };
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "RDF files to load into a temporary in-memory dataset (format from the extension; .gz looked through). Repeatable.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var queryText = new Option<string?>("--query", "-q")
        {
            Description = "The SPARQL query text.",
            HelpName = "TEXT",
        };
        var queryFile = new Option<string?>("--file", "-f")
        {
            Description = "A file holding the SPARQL query ('-' for standard input).",
            HelpName = "Q.rq",
        };
        var results = new Option<string?>("--results", "-r")
        {
            Description = $"Output format: {string.Join(", ", QueryResultOutput.Names)}. Default: tsv for SELECT and ASK, turtle for CONSTRUCT and DESCRIBE.",
            HelpName = "FORMAT",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Print the algebra, the optimized plan and per-operator estimated and actual row counts to standard error.",
        };
        var timeout = new Option<double?>("--timeout", "-t")
        {
            Description = "Stop the query after this many seconds (exit code 2).",
            HelpName = "SECONDS",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write the results to ('-' or absent: standard output); it appears only if the query succeeds.",
            HelpName = "OUT",
        };

        var union = new Option<bool>("--union")
        {
            Description = "Read the union of all graphs as the default graph (as the server's UnionDefaultGraph does), unless the query has FROM.",
        };

        var serviceAllow = new Option<string[]>("--service-allow")
        {
            Description = "A URL prefix SERVICE may call (as the server's ServiceAllowList; none: SERVICE is off). Repeatable.",
            HelpName = "PREFIX",
        };
        var serviceAllowPrivate = new Option<bool>("--service-allow-private")
        {
            Description = "Let SERVICE call allow-listed endpoints on loopback or private addresses (refused otherwise).",
        };

        var command = new Command("query", "Run a SPARQL query over a store or over RDF files.")
        {
            store, data, queryText, queryFile, results, explain, timeout, output, union, serviceAllow, serviceAllowPrivate,
        };
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(queryFile);
            var request = new QueryRequest(
                parseResult.GetValue(store),
                parseResult.GetValue(data) ?? [],
                ReadQuery(parseResult.GetValue(queryText), file, console),
                file is null || StandardStreams.IsDash(file) ? null : file,
                file is null ? null : InputFile.FileIri(file),
                ParseOutput(parseResult.GetValue(results)),
                parseResult.GetValue(explain),
                ParseTimeout(parseResult.GetValue(timeout)),
                parseResult.GetValue(output),
                parseResult.GetValue(union),
                parseResult.GetValue(serviceAllow) ?? [],
                parseResult.GetValue(serviceAllowPrivate));
            return Run(request, console);
        });
        return command;
    }

    private static int Run(QueryRequest request, CliConsole console)
    {
        if ((request.StoreDirectory is null) == (request.DataFiles.Count == 0))
        {
            throw new UsageException("give the data to query with either --store DIR or --data FILE... (one of the two)");
        }

        if (request.StoreDirectory is not null)
        {
            using var store = StoreOptions.OpenExisting(request.StoreDirectory);
            using var snapshot = store.OpenSnapshot();
            return QueryEvaluation.Run(request, new StoreQuadSource(snapshot), console);
        }

        var source = new InMemoryQuadSource(QueryDataFiles.Read(request.DataFiles, console));
        return QueryEvaluation.Run(request, source, console);
    }

    private static string ReadQuery(string? text, string? file, CliConsole console)
    {
        if ((text is null) == (file is null))
        {
            throw new UsageException("give the query with either --query TEXT or --file Q.rq (one of the two)");
        }

        if (text is not null)
        {
            return text;
        }

        using var reader = InputFile.OpenText(file!, console);
        return reader.ReadToEnd();
    }

    private static QueryResultOutput? ParseOutput(string? name) =>
        name is null
            ? null
            : QueryResultOutput.Find(name) ?? throw new UsageException($"unknown --results format '{name}'; expected one of {string.Join(", ", QueryResultOutput.Names)}");

    private static TimeSpan? ParseTimeout(double? seconds) =>
        seconds switch
        {
            null => null,
            > 0 and <= 86_400 * 365 => TimeSpan.FromSeconds(seconds.Value),
            _ => throw new UsageException($"--timeout {seconds} is not a positive number of seconds"),
        };
}
