using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Graphs;

/// <summary>
/// Reads RDF files (any format our readers know, chosen by extension) into one <see cref="Graph"/>.
/// Blank nodes are renamed per file, so <c>_:b0</c> in two files stays two nodes, as RDF merge requires.
/// </summary>
public static class RdfFileLoader
{
    /// <summary>Loads <paramref name="paths"/> into <paramref name="graph"/>; returns the prefixes the files declared.</summary>
    public static IReadOnlyDictionary<string, string> LoadInto(Graph graph, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(paths);
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var fileIndex = 0;
        foreach (var path in paths)
        {
            var format = RdfFormat.FromFileName(path)
                ?? throw new NotSupportedException($"{path}: cannot tell the RDF format from the file name (expected .ttl, .trig, .nt, .nq, ...)");
            using var text = new StreamReader(path);
            var options = new RdfReaderOptions
            {
                BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri,
                SourceName = path,
            };
            LoadInto(graph, RdfReaders.Create(format, text, options), $"f{fileIndex++}", prefixes);
        }

        return prefixes;
    }

    /// <summary>Loads every quad of <paramref name="reader"/>, renaming blank nodes with <paramref name="blankPrefix"/>.</summary>
    public static void LoadInto(Graph graph, IQuadReader reader, string blankPrefix, IDictionary<string, string>? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var quad in reader.ReadQuads())
        {
            graph.Add(Rename(quad.Subject, blankPrefix), quad.Predicate, Rename(quad.Obj, blankPrefix));
        }

        if (prefixes is not null)
        {
            foreach (var (name, iri) in reader.Prefixes)
            {
                prefixes.TryAdd(name, iri);
            }
        }
    }

    private static Term Rename(Term term, string prefix) =>
        term is BlankNode blank ? new BlankNode(prefix + "_" + blank.Label) : term;
}
