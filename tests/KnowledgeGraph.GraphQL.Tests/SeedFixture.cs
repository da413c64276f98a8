using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The repository's ontology and seed articles, loaded once into an in-memory quad source.</summary>
public sealed class SeedFixture : IDisposable
{
    public SeedFixture()
    {
        Root = RepoRoot();
        Ontology = OntologyLoader.LoadDirectory(Path.Combine(Root, "ontology"));
        Source = new InMemoryQuadSource();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "seed-data"), "*.trig").Order(StringComparer.Ordinal))
        {
            foreach (var quad in ReadFile(file, RdfFormat.TriG))
            {
                Source.Add(quad);
            }
        }

        Service = new KgGraphQLService(Ontology, new EngineSparqlRunner(Source, TimeSpan.FromSeconds(30)));
    }

    public string Root { get; }

    public OntologyModel Ontology { get; }

    public InMemoryQuadSource Source { get; }

    public KgGraphQLService Service { get; }

    public static IEnumerable<Quad> ReadFile(string path, RdfFormat format)
    {
        using var reader = new StreamReader(path);
        return RdfReaders.Create(format, reader, new RdfReaderOptions { SourceName = path }).ReadQuads().ToList();
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose() => Service.Dispose();
}
