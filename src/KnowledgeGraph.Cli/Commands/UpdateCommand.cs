using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cli.Commands.Store;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg update --store DIR (--update TEXT | --file U.ru) [--base IRI] [--timeout SECONDS] [--load-from DIR]</c>:
/// runs a SPARQL 1.1 Update request as one atomic write. Exit codes: 0 committed (one summary line on standard
/// output); 1 the request does not parse (SOURCE:LINE:COLUMN: message) or an operation failed; 2 timeout or a
/// wrong command line. On any error nothing is changed.
/// </summary>
public static class UpdateCommand
{
    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store();
        var updateText = new Option<string?>("--update", "-u")
        {
            Description = "The SPARQL Update request text.",
            HelpName = "TEXT",
        };
        var updateFile = new Option<string?>("--file", "-f")
        {
            Description = "A file holding the SPARQL Update request ('-' for standard input).",
            HelpName = "U.ru",
        };
        var baseIri = new Option<string?>("--base", "-b")
        {
            Description = "The base IRI for relative IRIs in the request.",
            HelpName = "IRI",
        };
        var timeout = new Option<double?>("--timeout", "-t")
        {
            Description = "Give up after this many seconds (exit code 2, nothing changed).",
            HelpName = "SECONDS",
        };
        var loadFrom = new Option<string?>("--load-from")
        {
            Description = "Let LOAD read file: IRIs under this folder. Without it LOAD is disabled; nothing is ever fetched over the network.",
            HelpName = "DIR",
        };

        var command = new Command("update", "Run a SPARQL 1.1 Update request on a store, atomically.")
        {
            store, updateText, updateFile, baseIri, timeout, loadFrom,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(store)!,
            parseResult.GetValue(updateText),
            parseResult.GetValue(updateFile),
            parseResult.GetValue(baseIri),
            parseResult.GetValue(timeout),
            parseResult.GetValue(loadFrom),
            console));
        return command;
    }

    private static int Run(string directory, string? text, string? file, string? baseIri, double? timeoutSeconds, string? loadFrom, CliConsole console)
    {
        if ((text is null) == (file is null))
        {
            throw new UsageException("give the request with either --update TEXT or --file U.ru (one of the two)");
        }

        if (timeoutSeconds is <= 0 or > 86_400 * 365)
        {
            throw new UsageException($"--timeout {timeoutSeconds} is not a positive number of seconds");
        }

        if (loadFrom is not null && !Directory.Exists(loadFrom))
        {
            throw new UsageException($"--load-from: no folder '{loadFrom}'");
        }

        var request = text ?? ReadFile(file!, console);
        var sourceName = file is null or "-" ? null : file;
        Sparql.Algebra.UpdateRequest parsed;
        try
        {
            parsed = SparqlParser.ParseUpdate(request, baseIri, sourceName);
        }
        catch (SparqlParseException e)
        {
            console.Error.WriteLine($"kg update: {e.Message}");
            return ExitCodes.Failure;
        }

        using var lmdb = StoreOptions.OpenExisting(directory);
        var options = new UpdateOptions
        {
            Timeout = timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            Loader = loadFrom is null ? DisabledGraphLoader.Instance : new FileGraphLoader(loadFrom),
        };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var result = SparqlUpdateExecutor.Execute(parsed, new StoreUpdateTarget(lmdb), options);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Inserted} quads inserted, {result.Deleted} deleted ({result.Operations} operation{(result.Operations == 1 ? "" : "s")}, {stopwatch.Elapsed.TotalMilliseconds:F1} ms)"));
            return ExitCodes.Success;
        }
        catch (SparqlUpdateException e)
        {
            console.Error.WriteLine($"kg update: {e.Message.TrimEnd('.')}; nothing was changed");
            return ExitCodes.Failure;
        }
        catch (QueryTimeoutException)
        {
            console.Error.WriteLine($"kg update: the request ran past --timeout {timeoutSeconds} s; nothing was changed");
            return ExitCodes.Usage;
        }
    }

    private static string ReadFile(string file, CliConsole console)
    {
        using var reader = InputFile.OpenText(file, console);
        return reader.ReadToEnd();
    }
}
