using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary>The store commands (load, export, stats, check, backup), each built in its own file.</summary>
public static class StoreCommands
{
    public static IEnumerable<Func<CliConsole, Command>> Builders =>
    [
        LoadCommand.Create,
        ExportCommand.Create,
        StatsCommand.Create,
        CheckCommand.Create,
        BackupCommand.Create,
    ];

    /// <summary>Every store command, built for one console.</summary>
    public static IEnumerable<Command> All(CliConsole console) => Builders.Select(build => build(console));
}
