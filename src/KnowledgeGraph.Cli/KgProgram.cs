using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The <c>kg</c> command tree. <see cref="RunAsync"/> is the whole program: <c>Program.cs</c> only hands
/// it the console streams, and tests call it in-process with string readers and writers.
/// </summary>
public static class KgProgram
{
    /// <summary>
    /// One builder per top-level command, each in its own file under <c>Commands/</c>. A builder gets the
    /// console streams (commands read standard input from there) and returns its <see cref="Command"/>.
    /// </summary>
    private static IEnumerable<Func<CliConsole, Command>> CommandBuilders =>
    [
        ConvertCommand.Create,
        BenchCommand.Create,
        QueryCommand.Create,
        .. Commands.Store.StoreCommands.Builders,
        ServeCommand.Create,
    ];

    /// <summary>
    /// Parses <paramref name="args"/>, runs the chosen command and returns the exit code:
    /// <see cref="ExitCodes.Success"/>, <see cref="ExitCodes.Failure"/> (bad data, I/O error; parse errors
    /// print <see cref="RdfParseException.Message"/> as it is) or <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdin, stdout, stderr);
        var root = BuildRootCommand(console);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var commandName = CommandPath(parseResult);
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"{commandName}: {error.Message}");
            }

            await stderr.WriteLineAsync($"Run '{commandName} --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // Our own handler below maps exceptions to exit codes and one-line messages, not stack traces.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parseResult.InvokeAsync(invocation);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"{CommandPath(parseResult)}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (RdfParseException e)
        {
            // Already "SOURCE:LINE:COLUMN: description", the form editors and CI logs link to.
            await stderr.WriteLineAsync(e.Message);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is CommandFailedException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"{CommandPath(parseResult)}: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            await stdout.FlushAsync();
        }
    }

    /// <summary>The root command with every registered subcommand; exposed for help-text tests.</summary>
    public static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("kg: a knowledge-graph store and RDF toolkit.");
        foreach (var build in CommandBuilders)
        {
            root.Subcommands.Add(build(console));
        }

        return root;
    }

    /// <summary>"kg convert", "kg bench parse"...: how messages name the command that failed.</summary>
    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Add(result.Command.Name);
        }

        names.Add("kg");
        names.Reverse();
        return string.Join(' ', names);
    }
}
