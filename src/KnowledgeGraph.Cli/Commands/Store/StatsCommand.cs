using System.CommandLine;
using System.Globalization;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary><c>kg stats --store DIR</c>: the statistics the optimizer reads, with terms spelled out.</summary>
public static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store();
        var top = new Option<int>("--top") { Description = "How many predicates and graphs to list (largest first).", DefaultValueFactory = _ => 20 };
        var command = new Command("stats", "Show a store's quad, subject, object, predicate and graph counts.") { store, top };
        command.SetAction(parseResult =>
        {
            using var quadStore = StoreOptions.OpenExisting(parseResult.GetRequiredValue(store));
            using var snapshot = quadStore.OpenSnapshot();
            var stats = snapshot.Statistics;
            var c = CultureInfo.InvariantCulture;
            var limit = parseResult.GetValue(top);
            var o = console.Out;
            o.WriteLine(string.Create(c, $"quads: {stats.QuadCount}"));
            o.WriteLine(string.Create(c, $"distinct_subjects: {stats.DistinctSubjects}"));
            o.WriteLine(string.Create(c, $"distinct_objects: {stats.DistinctObjects}"));
            o.WriteLine(string.Create(c, $"predicates: {stats.PerPredicate.Count}"));
            o.WriteLine(string.Create(c, $"graphs: {stats.PerGraph.Count}"));
            o.WriteLine(string.Create(c, $"disk_bytes: {quadStore.FileSize}"));
            foreach (var (id, n) in stats.PerPredicate.OrderByDescending(kv => kv.Value).Take(limit))
            {
                o.WriteLine(string.Create(c, $"predicate {snapshot.Decode(id)} {n}"));
            }

            foreach (var (id, n) in stats.PerGraph.OrderByDescending(kv => kv.Value).Take(limit))
            {
                o.WriteLine(string.Create(c, $"graph {(id.IsDefaultGraph ? "(default)" : snapshot.Decode(id).ToString())} {n}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
