using System.Diagnostics;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Maintenance;
using KnowledgeGraph.Store.Tests.CrashWriter;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// A child process commits in a loop and acknowledges each commit on stdout; it is killed with SIGKILL at a
/// random moment. After reopening, every acknowledged commit must be there (at most one unacknowledged
/// commit more may be), and the indexes must agree.
/// </summary>
public sealed class CrashDurabilityTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Acknowledged_commits_survive_kill_9(int seed)
    {
        var random = new Random(seed);
        using var dir = new TempDirectory();
        var storeDir = dir.Sub("store");
        var next = 0;
        for (var round = 0; round < 3; round++)
        {
            // Later rounds reopen the crashed store and go on from the first commit it does not have.
            var acks = RunAndKill(storeDir, next, random.Next(5, 60));
            Assert.Equal(Enumerable.Range(next, acks.Count), acks);
            using var store = LmdbQuadStore.Open(storeDir);
            next = Verify(store, acks[^1]) + 1;
            Assert.Empty(StoreChecker.Check(store));
        }
    }

    private static List<int> RunAndKill(string storeDir, int first, int killAfterAcks)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "CrashWriter.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(storeDir);
        start.ArgumentList.Add(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var acks = new List<int>();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            acks.Add(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
            if (acks.Count == killAfterAcks)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.WaitForExit();
        if (acks.Count < killAfterAcks)
        {
            throw new InvalidOperationException("The crash writer stopped by itself: " + process.StandardError.ReadToEnd());
        }

        return acks;
    }

    /// <returns>The last commit in the store.</returns>
    private static int Verify(IQuadStore store, int acknowledged)
    {
        using var s = store.OpenSnapshot();
        var present = new HashSet<Quad>(s.Match(default).Select(q => new Quad(s.Decode(q.Subject), (Iri)s.Decode(q.Predicate), s.Decode(q.Obj), s.Decode(q.Graph))));

        // Commit acknowledged+1 may have reached the disk before the kill; nothing after it can have.
        var next = acknowledged + 1;
        var nextCommitted = CrashWorkload.Inserts(next).Any(present.Contains);
        var last = nextCommitted ? next : acknowledged;
        var expected = new HashSet<Quad>();
        for (var i = 0; i <= last; i++)
        {
            expected.UnionWith(CrashWorkload.Inserts(i));
            expected.ExceptWith(CrashWorkload.Deletes(i));
        }

        Assert.Equal(expected.Count, present.Count);
        Assert.Subset(present, expected);
        Assert.Equal(expected.Count, s.Statistics.QuadCount);
        return last;
    }
}
