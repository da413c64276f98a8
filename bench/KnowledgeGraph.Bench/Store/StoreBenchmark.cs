using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Memory;

namespace KnowledgeGraph.Bench.Store;

/// <summary>
/// <c>dotnet run -c Release --project bench/KnowledgeGraph.Bench -- store FILE [WORKDIR] [--memory-only]</c>: one pass each of
/// parse-only, load into memory, load into LMDB, then a full scan and bound-predicate scans on both stores.
/// Whole-run timings (a load is seconds long, so BenchmarkDotNet's repetitions add nothing but time).
/// </summary>
public static class StoreBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: store FILE [WORKDIR]   (FILE: e.g. python3 /work/shared/peers/gen-news.py 1m /tmp/news-1m.nt)");
            return 2;
        }

        var memoryOnly = args.Contains("--memory-only");
        args = args.Where(a => a != "--memory-only").ToArray();
        var file = args[0];
        var work = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "kg-store-bench");
        var c = CultureInfo.InvariantCulture;
        var source = LoadSource.FromFile(file);

        // Warm-up: one untimed load, so the timed ones measure compiled code rather than the JIT's tiers.
        using (var warmup = new MemoryQuadStore())
        {
            BulkLoader.Load(warmup, [source]);
        }

        // Parse only: the floor under any load time.
        var clock = Stopwatch.StartNew();
        long parsed = 0;
        using (var text = new StreamReader(file))
        using (var reader = RdfReaders.Create(source.Format, text))
        {
            foreach (var _ in reader.ReadQuads())
            {
                parsed++;
            }
        }

        Print("parse_only", parsed, clock.Elapsed);

        // In memory: retained bytes measured by the GC around the load (dictionary + indexes, everything kept).
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        var before = GC.GetTotalMemory(true);
        var memory = new MemoryQuadStore();
        var gcs = GcCounts();
        var result = BulkLoader.Load(memory, [source], PhaseTimes());
        Print("load_memory", result.QuadsRead, result.Elapsed);
        PrintGcs(gcs);
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        var retained = GC.GetTotalMemory(true) - before;
        Console.WriteLine(string.Create(c, $"memory_bytes_per_triple: {(double)retained / result.QuadsInserted:F1} (GC retained {retained / (1 << 20)} MiB; structures {memory.EstimatedByteSize / (1 << 20)} MiB)"));

        if (memoryOnly)
        {
            GC.KeepAlive(memory);
            return 0;
        }

        // LMDB, fresh directory.
        if (Directory.Exists(work))
        {
            Directory.Delete(work, true);
        }

        using var lmdb = LmdbQuadStore.Open(work);
        gcs = GcCounts();
        result = BulkLoader.Load(lmdb, [source], PhaseTimes());
        Print("load_lmdb", result.QuadsRead, result.Elapsed);
        PrintGcs(gcs);
        Console.WriteLine(string.Create(c, $"disk_bytes_per_triple: {(double)lmdb.FileSize / result.QuadsInserted:F1} ({lmdb.FileSize / (1 << 20)} MiB)"));

        foreach (var (name, store) in new (string, IQuadStore)[] { ("memory", memory), ("lmdb", lmdb) })
        {
            using var snapshot = store.OpenSnapshot();
            clock.Restart();
            long n = 0;
            foreach (var _ in snapshot.Match(QuadPattern.Any))
            {
                n++;
            }

            Print($"full_scan_{name}", n, clock.Elapsed);

            var predicates = snapshot.Statistics.PerPredicate.Keys.ToList();
            clock.Restart();
            n = 0;
            foreach (var p in predicates)
            {
                foreach (var _ in snapshot.Match(new QuadPattern(Predicate: p)))
                {
                    n++;
                }
            }

            Print($"predicate_scans_{name} ({predicates.Count} predicates)", n, clock.Elapsed);
        }

        memory.Dispose();
        return 0;
    }

    /// <summary>Prints when reading ends and the commit starts, to split a load's time into parse+encode and commit.</summary>
    private static LoadOptions PhaseTimes() => new()
    {
        ProgressInterval = int.MaxValue,
        Progress = new SyncProgress(p => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Phase} at {p.Elapsed.TotalSeconds:F3} s"))),
    };

    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }

    private static int[] GcCounts() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>Collections during the load (gen 2 ones walk the whole heap, so they show where a load allocates too much).</summary>
    private static void PrintGcs(int[] before)
    {
        var after = GcCounts();
        Console.WriteLine($"  collections gen0/gen1/gen2: {after[0] - before[0]}/{after[1] - before[1]}/{after[2] - before[2]}");
    }

    private static void Print(string what, long quads, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {quads} quads in {elapsed.TotalSeconds:F3} s = {quads / elapsed.TotalSeconds:N0} quads/s"));
}
