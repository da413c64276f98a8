using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Loading;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>Loads every RDF file of a folder (by extension, recursively) into a store in one transaction.</summary>
public static class SeedLoader
{
    public static (long Quads, int Files) Load(IQuadStore store, string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Seed folder '{directory}' does not exist.");
        }

        var sources = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => RdfFormat.FromFileName(f) is { } format && RdfReaders.CanRead(format))
            .Order(StringComparer.Ordinal)
            .Select(f => LoadSource.FromFile(f))
            .ToList();
        if (sources.Count == 0)
        {
            return (0, 0);
        }

        var result = BulkLoader.Load(store, sources);
        return (result.QuadsRead, sources.Count);
    }
}
