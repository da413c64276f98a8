using KnowledgeGraph.Cli;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Lmdb;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>
/// <c>kg load --shapes</c>: data is validated before it is stored; a violation prints the report and leaves the
/// store exactly as it was.
/// </summary>
public sealed class ValidatedLoadTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("kg-validated-load-").FullName;

    [Fact]
    public async Task Conforming_seed_data_is_loaded()
    {
        var (exit, _, error) = await Kg(["load", "--store", _store, "--shapes", RepoFiles.Shapes, "--validate-with", RepoFiles.Ontology, .. RepoFiles.SeedData]);

        Assert.True(exit == 0, error);
        Assert.True(QuadCount() > 700); // the seed files hold about 780 quads
    }

    [Fact]
    public async Task A_broken_record_is_rejected_with_the_report_and_nothing_is_stored()
    {
        var broken = Path.Combine(RepoFiles.BrokenRecordsDirectory, "claim-two-claimants.trig");

        var (exit, _, error) = await Kg(["load", "--store", _store, "--shapes", RepoFiles.Shapes, "--validate-with", RepoFiles.Ontology, .. RepoFiles.SeedData, broken]);

        Assert.Equal(1, exit);
        Assert.Contains("Violation claim:two-claimants kg:claimant - MaxCountConstraintComponent:", error, StringComparison.Ordinal);
        Assert.Contains("nothing was loaded", error, StringComparison.Ordinal);
        Assert.Equal(0, QuadCount());
    }

    public void Dispose() => Directory.Delete(_store, recursive: true);

    private long QuadCount()
    {
        using var store = LmdbQuadStore.Open(_store);
        using var snapshot = store.OpenSnapshot();
        return snapshot.Match(QuadPattern.Any).LongCount();
    }

    private static async Task<(int Exit, string Out, string Err)> Kg(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await KgProgram.RunAsync(args, new StringReader(string.Empty), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
