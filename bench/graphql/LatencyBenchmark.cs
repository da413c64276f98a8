using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.GraphQLBench;

/// <summary>
/// In-process latency of each GraphQL operation against its hand-written SPARQL, over one LMDB snapshot, each run with
/// a fresh <see cref="StoreQuadSource"/> (as a server request gets). Uncached GraphQL runs under a new dataset version
/// each time, so the result cache misses (the parsed document stays cached, as in a server); cached GraphQL repeats one
/// version. Both sides query the union of the graphs. Also checks that both return the same root nodes.
/// </summary>
public sealed class LatencyBenchmark(string store, string ontology, string ontologyNamespace, string operations, string? peerQueries, int repeat, int cachedRepeat)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Sdl(string ontology, string ontologyNamespace)
    {
        using var service = new KgGraphQLService(OntologyLoader.LoadDirectory(ontology, ontologyNamespace), runner: null);
        return service.Sdl;
    }

    /// <summary>Each operation's compiled SPARQL, as <c>?explain=true</c> on /graphql shows it, one query after another.</summary>
    public static void Explain(string store, string ontology, string ontologyNamespace, string operations, TextWriter output)
    {
        using var lmdb = LmdbQuadStore.Open(store);
        using var snapshot = lmdb.OpenSnapshot();
        using var service = new KgGraphQLService(OntologyLoader.LoadDirectory(ontology, ontologyNamespace), runner: null);
        foreach (var op in Operation.Load(operations))
        {
            var response = service.ExecuteAsync(op.GraphQL, explain: true, runner: new EngineSparqlRunner(new StoreQuadSource(snapshot), Timeout), datasetVersion: 1)
                .GetAwaiter().GetResult();
            for (var i = 0; i < response.Sparql.Count; i++)
            {
                output.WriteLine($"# {op.Name} query {i + 1} of {response.Sparql.Count}");
                output.WriteLine(response.Sparql[i]);
            }
        }
    }

    public int Run(TextWriter output)
    {
        using var lmdb = LmdbQuadStore.Open(store);
        using var snapshot = lmdb.OpenSnapshot();
        using var service = new KgGraphQLService(OntologyLoader.LoadDirectory(ontology, ontologyNamespace), runner: null);
        var union = QueryDataset.Unspecified with { UnionDefaultGraph = true };
        var failed = 0;
        long version = 1_000_000;
        foreach (var op in Operation.Load(operations))
        {
            IReadOnlyList<SolutionRow> SparqlRows(string text) =>
                new SparqlEngine(new StoreQuadSource(snapshot), new EvaluationOptions { Timeout = Timeout }).Query(text, dataset: union) is SolutionSequence s
                    ? s.Rows.ToList()
                    : throw new InvalidOperationException($"{op.Name}.rq is not a SELECT query.");
            IReadOnlyList<string> GraphQLExplained(string text, long datasetVersion) =>
                service.ExecuteAsync(text, explain: true, runner: new EngineSparqlRunner(new StoreQuadSource(snapshot), Timeout), datasetVersion: datasetVersion).GetAwaiter().GetResult().Sparql;
            GraphQLResponse GraphQL(long datasetVersion) =>
                service.ExecuteAsync(op.GraphQL, runner: new EngineSparqlRunner(new StoreQuadSource(snapshot), Timeout), datasetVersion: datasetVersion).GetAwaiter().GetResult();

            // Warm-up: JIT, the document cache and the OS pages of the snapshot.
            var rows = SparqlRows(op.Sparql);
            var first = GraphQL(version++);
            if (first.HasErrors)
            {
                output.WriteLine($"ERROR op={op.Name} {first.Json}");
                failed++;
                continue;
            }

            var sparqlRoots = rows.Select(r => r["root"]).OfType<Iri>().Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
            var graphqlRoots = Roots(first.Json);
            var agree = sparqlRoots.SetEquals(graphqlRoots);
            if (!agree)
            {
                failed++;
            }

            // The SPARQL the operation compiles to (the same texts every run on this snapshot), timed on its own: GraphQL
            // minus these is what parsing, validation, compilation and shaping add.
            var compiledQueries = GraphQLExplained(op.GraphQL, version++);
            var sparql = new double[repeat];
            var compiled = new double[repeat];
            var uncached = new double[repeat];
            var queries = 0;
            for (var r = 0; r < repeat; r++)
            {
                var watch = Stopwatch.StartNew();
                SparqlRows(op.Sparql);
                sparql[r] = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                foreach (var text in compiledQueries)
                {
                    SparqlRows(text);
                }

                compiled[r] = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var response = GraphQL(version++);
                uncached[r] = watch.Elapsed.TotalMilliseconds;
                queries = response.Sparql.Count;
            }

            double? peer = null;
            var peerFile = peerQueries is null ? null : Path.Combine(peerQueries, op.Name + ".rq");
            if (peerFile is not null && File.Exists(peerFile))
            {
                var text = File.ReadAllText(peerFile);
                SparqlRows(text);
                var runs = new double[Math.Max(3, repeat / 5)];
                for (var r = 0; r < runs.Length; r++)
                {
                    var watch = Stopwatch.StartNew();
                    SparqlRows(text);
                    runs[r] = watch.Elapsed.TotalMilliseconds;
                }

                peer = Percentile(runs, 0.5);
            }

            const long CachedVersion = 1;
            GraphQL(CachedVersion);
            var cached = new double[cachedRepeat];
            for (var r = 0; r < cachedRepeat; r++)
            {
                var watch = Stopwatch.StartNew();
                var response = GraphQL(CachedVersion);
                cached[r] = watch.Elapsed.TotalMilliseconds;
                if (!response.FromCache)
                {
                    throw new InvalidOperationException($"{op.Name}: the repeated operation was not answered from the result cache.");
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"TIMING op={op.Name} roots={graphqlRoots.Count} sparql_roots={sparqlRoots.Count} same_roots={(agree ? "yes" : "NO")} sparql_queries={queries} " +
                $"sparql_p50_ms={Percentile(sparql, 0.5):F2} sparql_p99_ms={Percentile(sparql, 0.99):F2} " +
                $"compiled_p50_ms={Percentile(compiled, 0.5):F2} compiled_p99_ms={Percentile(compiled, 0.99):F2} " +
                $"graphql_p50_ms={Percentile(uncached, 0.5):F2} graphql_p99_ms={Percentile(uncached, 0.99):F2} " +
                $"cached_p50_ms={Percentile(cached, 0.5):F4} cached_p99_ms={Percentile(cached, 0.99):F4} " +
                $"peer_query_p50_ms={(peer is { } p ? p.ToString("F2", CultureInfo.InvariantCulture) : "-")} repeat={repeat}"));
            output.Flush();
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>The IRIs of the root nodes of a response: connection edges, lists and single objects of every root field.</summary>
    private static HashSet<string> Roots(string json)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var field in document.RootElement.GetProperty("data").EnumerateObject())
        {
            var value = field.Value;
            var nodes = value.ValueKind switch
            {
                JsonValueKind.Object when value.TryGetProperty("edges", out var edges) => edges.EnumerateArray().Select(e => e.GetProperty("node")).ToList(),
                JsonValueKind.Array => value.EnumerateArray().ToList(),
                JsonValueKind.Object => [value],
                _ => [],
            };
            foreach (var node in nodes)
            {
                if (node.TryGetProperty("id", out var id) && id.GetString() is { } iri)
                {
                    roots.Add(iri);
                }
            }
        }

        return roots;
    }

    // Nearest rank: the smallest sample with at least p of the samples at or below it.
    private static double Percentile(double[] samples, double p)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
