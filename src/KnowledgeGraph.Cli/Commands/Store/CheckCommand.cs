using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary><c>kg check --store DIR</c>: exit 0 when all indexes agree and every id resolves, else 1 with a report.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store();
        var command = new Command("check", "Verify a store: indexes hold the same quads, no dangling dictionary ids, statistics match.") { store };
        command.SetAction(parseResult =>
        {
            using var quadStore = StoreOptions.OpenExisting(parseResult.GetRequiredValue(store));
            var problems = StoreChecker.Check(quadStore);
            if (problems.Count == 0)
            {
                using var snapshot = quadStore.OpenSnapshot();
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok: {snapshot.Statistics.QuadCount} quads, 9 indexes agree, every id resolves, statistics match"));
                return ExitCodes.Success;
            }

            foreach (var problem in problems)
            {
                console.Error.WriteLine("kg check: " + problem);
            }

            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kg check: {problems.Count} problem(s) found"));
            return ExitCodes.Failure;
        });
        return command;
    }
}
