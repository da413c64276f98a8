using System.IO.Compression;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Server.Tests.Dumps;

/// <summary>The seed data as the store holds it, gunzipping, and re-importing into a fresh LMDB store.</summary>
internal static class DumpData
{
    public static string SeedFolder { get; } = Path.Combine(FindRoot(), "seed-data");

    public static string RepoRoot => FindRoot();

    /// <summary>Every quad of a store loaded from <paramref name="seedFolder"/> by the server's own seed loader, in a fresh LMDB store.</summary>
    public static List<Quad> Loaded(string seedFolder)
    {
        var folder = TempFolder();
        try
        {
            using var store = LmdbQuadStore.Open(folder);
            SeedLoader.Load(store, seedFolder);
            return Export(store);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Loads a document into an empty LMDB store and reads every quad back out of it.</summary>
    public static List<Quad> Reimport(string text, RdfFormat format)
    {
        var folder = TempFolder();
        try
        {
            using var store = LmdbQuadStore.Open(folder);
            using (var snapshot = store.OpenSnapshot())
            {
                Assert.Equal(0, snapshot.Statistics.QuadCount);
            }

            BulkLoader.Load(store, [LoadSource.FromText("dump", format, () => new StringReader(text))]);
            return Export(store);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static List<Quad> Export(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        var text = new StringWriter();
        using (var writer = RdfWriters.Create(RdfFormat.NQuads, text))
        {
            StoreExporter.Export(snapshot, writer);
        }

        return Rdf.Parse(text.ToString(), RdfFormat.NQuads);
    }

    public static async Task<string> GunzipAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using var gzip = new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return await reader.ReadToEndAsync();
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-server-tests", "dump-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "KnowledgeGraph.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above the test binaries");
        }

        return dir;
    }
}
