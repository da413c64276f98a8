using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Store.Sparql;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Lmdb;

namespace KnowledgeGraph.SparqlBench;

/// <summary>
/// Warm timing of the peer queries on our engine: loads the data once (in memory from N-Triples, and/or an
/// existing LMDB store made by <c>kg load</c>), runs each query REPEAT times and prints
/// <c>TIMING engine=E query=Q rows=N runs_ms=... median_ms=M</c> lines on stderr, the last run's rows as SPARQL
/// JSON into OUT/E/Q.srj (ASK too; CONSTRUCT and DESCRIBE as N-Triples into OUT/E/Q.nt, rows = triples) so the caller can compare them with the peers' (canon.py).
/// Usage: SparqlBench [--data FILE.nt] [--store DIR] --out DIR [--repeat N] [--explain] Q.rq...
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? data = null, store = null, outDir = null;
        var repeat = 5;
        var explain = false;
        var queries = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--store": store = args[++i]; break;
                case "--out": outDir = args[++i]; break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--explain": explain = true; break;
                default: queries.Add(args[i]); break;
            }
        }

        if (outDir is null || queries.Count == 0 || (data is null && store is null) || repeat < 1)
        {
            Console.Error.WriteLine("usage: SparqlBench [--data FILE.nt] [--store DIR] --out DIR [--repeat N] [--explain] Q.rq...");
            return 1;
        }

        if (data is not null)
        {
            var watch = Stopwatch.StartNew();
            InMemoryQuadSource source;
            using (var text = File.OpenText(data))
            {
                source = new InMemoryQuadSource(RdfReaders.Create(RdfFormat.NTriples, text).ReadQuads());
            }

            Console.Error.WriteLine(FormattableString.Invariant($"TIMING engine=mem load_ms={watch.Elapsed.TotalMilliseconds:F1} triples={source.Count}"));
            RunAll("mem", () => source, queries, repeat, outDir, explain);
        }

        if (store is not null)
        {
            using var lmdb = LmdbQuadStore.Open(store);
            using var snapshot = lmdb.OpenSnapshot();
            // A fresh source per run, as `kg query --store` or a server request gets: its term and estimate caches
            // start empty every time, so a run is not helped by the one before (the snapshot and OS pages are warm).
            RunAll("lmdb", () => new StoreQuadSource(snapshot), queries, repeat, outDir, explain);
        }

        return 0;
    }

    private static void RunAll(string engineName, Func<IQuadSource> newSource, List<string> queries, int repeat, string outDir, bool explain)
    {
        var dir = Path.Combine(outDir, engineName);
        Directory.CreateDirectory(dir);
        foreach (var file in queries)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var runs = new double[repeat];
            var cpu = new double[repeat];
            var rows = 0;
            var process = Process.GetCurrentProcess();
            for (var r = 0; r < repeat; r++)
            {
                // CPU time (all threads, GC included) next to wall time: on a loaded machine it moves far less.
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var result = new SparqlEngine(newSource()).Query(text);
                if (result is not SolutionSequence)
                {
                    // ASK, CONSTRUCT, DESCRIBE (the query mix has them): timed to the last triple, written after.
                    var answer = result is GraphResult graph ? new GraphResult(graph.Quads.ToList(), graph.Prefixes) : result;
                    runs[r] = watch.Elapsed.TotalMilliseconds;
                    rows = answer is GraphResult g ? ((List<Quad>)g.Quads).Count : 1;
                    if (r == repeat - 1)
                    {
                        var isGraph = answer is GraphResult;
                        using var output = new StreamWriter(Path.Combine(dir, name + (isGraph ? ".nt" : ".srj")));
                        (isGraph ? QueryResultOutput.For(RdfFormat.NTriples) : QueryResultOutput.For(SparqlResultsFormat.Json)).Write(answer, output);
                    }
                }
                else if (r == repeat - 1)
                {
                    // The last run also writes the rows; it is timed up to the end of enumeration like the others.
                    var materialized = ((SolutionSequence)result).Rows.ToList();
                    runs[r] = watch.Elapsed.TotalMilliseconds;
                    rows = materialized.Count;
                    using var output = new StreamWriter(Path.Combine(dir, name + ".srj"));
                    new SparqlJsonResultsWriter(output).Write(new SolutionSequence(((SolutionSequence)result).Variables, materialized));
                }
                else
                {
                    rows = ((SolutionSequence)result).Rows.Count();
                    runs[r] = watch.Elapsed.TotalMilliseconds;
                }

                process.Refresh();
                cpu[r] = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
            }

            if (explain)
            {
                // One more run with per-operator actual rows, for profiling; not part of the timings.
                Console.Error.WriteLine($"EXPLAIN engine={engineName} query={name}");
                Console.Error.WriteLine(new SparqlEngine(newSource()).Explain(text));
            }

            var median = runs.Order().ElementAt(repeat / 2);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"TIMING engine={engineName} query={name} rows={rows} runs_ms={string.Join(',', runs.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))} median_ms={median:F2} cpu_median_ms={cpu.Order().ElementAt(repeat / 2):F2}"));
        }
    }
}
