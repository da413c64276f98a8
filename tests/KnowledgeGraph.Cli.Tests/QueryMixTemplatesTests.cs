using KnowledgeGraph.Cli.Tests.Query;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The query-mix benchmark (<c>bench/mix</c>) cannot rot silently: every template, instantiated by
/// <c>bench/mix/gen-mix.py --each</c> with parameters drawn from the 20k-triple news graph, parses and runs in
/// our engine, in memory (<c>kg query --data</c>) and from an LMDB store (<c>kg query --store</c>), with a
/// non-empty answer (rows, triples, or ASK true) that is the same both ways.
/// </summary>
public sealed class QueryMixTemplatesTests : IClassFixture<QueryMixTemplatesTests.Mix>
{
    private readonly Mix _mix;

    public QueryMixTemplatesTests(Mix mix) => _mix = mix;

    /// <summary>The template names in <c>bench/mix/templates</c> (NN-name.rq), or a placeholder when the folder is not found.</summary>
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        var folder = Mix.BenchFolder is { } bench ? Path.Combine(bench, "templates") : null;
        var names = folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.rq").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var name in names.Count > 0 ? names : ["(templates not found)"])
        {
            data.Add(name);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Templates))]
    public async Task TemplateRunsWithANonEmptyAnswer(string template)
    {
        Skip.If(Peers.Directory is null || Mix.BenchFolder is null, Peers.MissingReason + " (or bench/mix was not found beside KnowledgeGraph.sln)");
        var file = _mix.QueryFor(template);
        var graph = _mix.IsGraph(file);
        var results = graph ? "ntriples" : "json";

        var inMemory = await KgRun.RunAsync("query", "--data", _mix.DataPath, "--file", file, "--results", results, "--timeout", "60");
        Assert.True(inMemory.ExitCode == 0, $"{template} in memory: {inMemory}\n--- query\n{File.ReadAllText(file)}");
        var answer = Answer(inMemory.Stdout, graph);
        Assert.True(answer.Count > 0 && answer[0] != "false", $"{template}: empty answer in memory\n--- query\n{File.ReadAllText(file)}");

        var fromStore = await KgRun.RunAsync("query", "--store", await _mix.StoreAsync(), "--file", file, "--results", results, "--timeout", "60");
        Assert.True(fromStore.ExitCode == 0, $"{template} from the store: {fromStore}");
        Assert.Equal(answer, Answer(fromStore.Stdout, graph));
    }

    /// <summary>The timed mixes follow the warm-up ones in mix.tsv, each with the whole template sequence.</summary>
    [SkippableFact]
    public void GeneratorWritesWarmupThenTimedMixes()
    {
        Skip.If(Peers.Directory is null || Mix.BenchFolder is null, Peers.MissingReason);
        using var folder = new TempDirectory();
        Peers.Python(Path.Combine(Mix.BenchFolder!, "gen-mix.py"), string.Empty, _mix.DataPath, folder.Path, "--warmup", "2", "--mixes", "3", "--seed", "7");
        var rows = File.ReadAllLines(folder.File("mix.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(5, rows.Select(r => r[1]).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) >= 2 ? "1" : "0", r[2]));
        Assert.All(rows, r => Assert.True(File.Exists(folder.File(r[0])), r[0]));
        var perMix = rows.GroupBy(r => r[1]).Select(g => string.Join(",", g.Select(r => r[3]))).Distinct().ToList();
        Assert.Single(perMix);

        // Seeded: the same seed gives the same queries.
        using var again = new TempDirectory();
        Peers.Python(Path.Combine(Mix.BenchFolder!, "gen-mix.py"), string.Empty, _mix.DataPath, again.Path, "--warmup", "2", "--mixes", "3", "--seed", "7");
        Assert.All(rows, r => Assert.Equal(File.ReadAllText(folder.File(r[0])), File.ReadAllText(again.File(r[0]))));
    }

    /// <summary>Canonical rows (header dropped) of a SPARQL JSON answer, or the sorted triples of an N-Triples one.</summary>
    private static List<string> Answer(string stdout, bool graph)
    {
        if (graph)
        {
            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
        }

        return Peers.Python("canon.py", stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
    }

    /// <summary>The 20k news graph and one instance of every template (<c>gen-mix.py --each</c>), made once for the class.</summary>
    public sealed class Mix : IDisposable
    {
        private readonly NewsGraph _graph = new();
        private readonly TempDirectory _directory = new();
        private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);

        public Mix()
        {
            if (Peers.Directory is null || BenchFolder is null)
            {
                return;
            }

            Peers.Python(Path.Combine(BenchFolder, "gen-mix.py"), string.Empty, DataPath, _directory.File("queries"), "--each");
            foreach (var row in File.ReadAllLines(_directory.File(Path.Combine("queries", "mix.tsv"))).Skip(1))
            {
                var cells = row.Split('\t');
                _forms[cells[0]] = cells[4];
            }
        }

        /// <summary>bench/mix beside KnowledgeGraph.sln, or null.</summary>
        public static string? BenchFolder { get; } = FindBench();

        public string DataPath => _graph.DataPath;

        /// <summary>The instantiated query of <paramref name="template"/> (its file name without extension, e.g. <c>02-star</c>).</summary>
        public string QueryFor(string template)
        {
            var name = template[(template.IndexOf('-', StringComparison.Ordinal) + 1)..];
            var file = _forms.Keys.SingleOrDefault(f => f.Split('-', 3)[2] == name + ".rq");
            Assert.True(file is not null, $"gen-mix.py --each wrote no query for template {template}");
            return _directory.File(Path.Combine("queries", file));
        }

        public bool IsGraph(string file) => _forms[Path.GetFileName(file)] is "construct" or "describe";

        /// <summary>The graph loaded into an LMDB store with <c>kg load</c> on first use.</summary>
        public Task<string> StoreAsync() => _graph.StoreAsync();

        public void Dispose()
        {
            _directory.Dispose();
            _graph.Dispose();
        }

        private static string? FindBench()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    var bench = Path.Combine(dir.FullName, "bench", "mix");
                    return File.Exists(Path.Combine(bench, "gen-mix.py")) ? bench : null;
                }
            }

            return null;
        }
    }
}
