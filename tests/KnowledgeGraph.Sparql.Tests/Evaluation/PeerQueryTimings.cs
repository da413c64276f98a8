using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;
using Xunit.Abstractions;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Opt-in measurement: with <c>KG_BENCH_NT</c> naming an N-Triples file made by the peers' gen-news.py, loads it into
/// an <see cref="InMemoryQuadSource"/> and times q1-q8 of the peer query set (KG_PEER_QUERIES or ../shared/peers/queries),
/// printing rows and milliseconds per query. Skipped otherwise, so ordinary test runs stay fast.
/// </summary>
public sealed class PeerQueryTimings(ITestOutputHelper output)
{
    private static readonly Dictionary<string, int> RowsAt1M = new(StringComparer.Ordinal)
    {
        ["q1"] = 3, ["q2"] = 890, ["q3"] = 74, ["q4"] = 10, ["q5"] = 40, ["q6"] = 1601, ["q7"] = 4237, ["q8"] = 7895,
    };

    [SkippableFact]
    public void PeerQueries()
    {
        var data = Environment.GetEnvironmentVariable("KG_BENCH_NT");
        Skip.If(string.IsNullOrEmpty(data) || !File.Exists(data), "set KG_BENCH_NT to an N-Triples file from gen-news.py to time the peer queries");
        var queries = Environment.GetEnvironmentVariable("KG_PEER_QUERIES") ?? "/work/shared/peers/queries";
        var load = Stopwatch.StartNew();
        InMemoryQuadSource source;
        using (var text = File.OpenText(data!))
        {
            source = new InMemoryQuadSource(RdfReaders.Create(RdfFormat.NTriples, text).ReadQuads());
        }

        output.WriteLine($"loaded {source.Count} quads in {load.Elapsed.TotalSeconds:F1} s");
        var engine = new SparqlEngine(source);
        foreach (var file in Directory.GetFiles(queries, "q*.rq").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var watch = Stopwatch.StartNew();
            var rows = ((SolutionSequence)engine.Query(text)).Rows.Count();
            watch.Stop();
            output.WriteLine($"{name}: {rows} rows in {watch.Elapsed.TotalMilliseconds:F1} ms");
            if (Environment.GetEnvironmentVariable("KG_BENCH_EXPLAIN") == "1")
            {
                output.WriteLine(engine.Explain(text));
            }

            if (source.Count == 1_000_020 && RowsAt1M.TryGetValue(name, out var expected))
            {
                Assert.Equal(expected, rows);
            }
        }
    }
}
