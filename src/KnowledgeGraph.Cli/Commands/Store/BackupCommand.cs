using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary><c>kg backup --store DIR --to DIR</c>: a consistent, compacted copy taken from one read transaction, while the store stays in use.</summary>
public static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store();
        var to = new Option<string>("--to") { Description = "The backup directory (new or empty).", HelpName = "DIR", Required = true };
        var command = new Command("backup", "Copy a store consistently while it is in use.") { store, to };
        command.SetAction(parseResult =>
        {
            using var quadStore = StoreOptions.OpenExisting(parseResult.GetRequiredValue(store));
            var target = parseResult.GetRequiredValue(to);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new UsageException($"backup target '{target}' is not empty");
            }

            quadStore.Backup(target);
            console.Out.WriteLine($"backup of {quadStore.Location} written to {Path.GetFullPath(target)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
