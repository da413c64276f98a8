using System.Globalization;

namespace KnowledgeGraph.GraphQLBench;

/// <summary>
/// The GraphQL benchmark of issue 7 (bench/graphql/run.sh drives it; not part of dotnet test):
/// <list type="bullet">
/// <item><c>sdl --ontology DIR --namespace NS</c> prints the schema generated from the ontology.</item>
/// <item><c>latency --store DIR --ontology DIR --namespace NS --ops DIR [--peer-queries DIR] [--repeat N] [--cached-repeat N]</c>
/// times, in process over an LMDB store, each operation OPS/qN.graphql against its hand-written SPARQL OPS/qN.rq (the
/// same answer), uncached and cached.</item>
/// <item><c>explain --store DIR --ontology DIR --namespace NS --ops DIR</c> prints the SPARQL each operation compiles to
/// (in execution order), to read with <c>kg query --explain</c>.</item>
/// <item><c>load --url URL --ops DIR [--clients 16] [--duration 30] [--bust] [--once]</c> posts the operations over HTTP
/// from concurrent clients and reports throughput and latency (<c>--once</c>: each operation once, one client).</item>
/// </list>
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage("a mode: sdl, latency, explain or load");
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage($"an option at '{args[i]}'");
            }

            if (args[i] is "--bust" or "--once")
            {
                flags.Add(args[i]);
            }
            else if (i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else
            {
                return Usage($"a value after {args[i]}");
            }
        }

        string Required(string name) => options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"{args[0]} needs {name}");
        int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        try
        {
            switch (args[0])
            {
                case "sdl":
                    Console.Out.Write(LatencyBenchmark.Sdl(Required("--ontology"), Required("--namespace")));
                    return 0;
                case "latency":
                    return new LatencyBenchmark(
                        Required("--store"), Required("--ontology"), Required("--namespace"), Required("--ops"),
                        options.GetValueOrDefault("--peer-queries"), Int("--repeat", 30), Int("--cached-repeat", 2000)).Run(Console.Out);
                case "explain":
                    LatencyBenchmark.Explain(Required("--store"), Required("--ontology"), Required("--namespace"), Required("--ops"), Console.Out);
                    return 0;
                case "load":
                    return await new LoadBenchmark(new Uri(Required("--url")), Required("--ops"), Int("--clients", 16),
                        TimeSpan.FromSeconds(Int("--duration", 30)), flags.Contains("--bust"), flags.Contains("--once")).RunAsync(Console.Out);
                default:
                    return Usage($"a mode sdl, latency, explain or load, not '{args[0]}'");
            }
        }
        catch (ArgumentException e)
        {
            return Usage(e.Message);
        }
    }

    private static int Usage(string expected)
    {
        Console.Error.WriteLine($"GraphQLBench: expected {expected}. Modes: sdl | latency | explain | load (see Program.cs).");
        return 2;
    }
}
