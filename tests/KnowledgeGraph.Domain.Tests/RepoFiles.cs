using KnowledgeGraph.Domain.Graphs;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>Paths of the repository's ontology, shapes and seed data, found by walking up to KnowledgeGraph.sln.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Ontology => Path.Combine(Root, "ontology", "kg.ttl");

    public static string Shapes => Path.Combine(Root, "ontology", "shapes.ttl");

    public static string QueriesDirectory => Path.Combine(Root, "ontology", "queries");

    public static string SeedArticle => Path.Combine(Root, "seed-data", "kabul-2021-07-20.trig");

    public static IReadOnlyList<string> SeedData =>
        [.. Directory.GetFiles(Path.Combine(Root, "seed-data"), "*.trig").Order(StringComparer.Ordinal)];

    public static string BrokenRecordsDirectory => Path.Combine(Root, "tests", "KnowledgeGraph.Domain.Tests", "BrokenRecords");

    /// <summary>The data graph the shapes expect: the ontology (for rdfs:subClassOf and the SKOS schemes) plus the data files.</summary>
    public static Graph LoadData(IEnumerable<string> files, out IReadOnlyDictionary<string, string> prefixes)
    {
        var graph = new Graph();
        prefixes = RdfFileLoader.LoadInto(graph, files.Prepend(Ontology));
        return graph;
    }

    public static Graph LoadShapes() => LoadShapes(out _);

    public static Graph LoadShapes(out IReadOnlyDictionary<string, string> prefixes)
    {
        var graph = new Graph();
        prefixes = RdfFileLoader.LoadInto(graph, [Shapes]);
        return graph;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
