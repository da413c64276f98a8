using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Loading;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// Loads every RDF file of one or more folders (by extension, recursively) into a store in one transaction.
/// Several folders are separated by the platform's path separator (':' on Linux), e.g. <c>seed-data:ontology</c>.
/// JSON-LD files are left out: in a seed folder they are contexts, not data.
/// </summary>
public static class SeedLoader
{
    public static (long Quads, int Files) Load(IQuadStore store, string directories)
    {
        var folders = directories.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var directory in folders)
        {
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"Seed folder '{directory}' does not exist.");
            }
        }

        var sources = folders.SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => RdfFormat.FromFileName(f) is { } format && format != RdfFormat.JsonLd && RdfReaders.CanRead(format))
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
