using KnowledgeGraph.Rdf.Formats.JsonLd;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// The JSON-LD context of <c>ontology/context.jsonld</c> (short names for every class, property and concept), which
/// JSON-LD descriptions are compacted with. Read once from <c>KnowledgeGraph:OntologyDirectory</c>, else from the
/// nearest <c>ontology/</c> folder above the application; without one, JSON-LD is compacted with prefixes only.
/// </summary>
public sealed class OntologyContext
{
    public OntologyContext(string? ontologyDirectory)
    {
        var directory = ontologyDirectory ?? FindOntology();
        var path = directory is null ? null : Path.Combine(directory, "context.jsonld");
        if (path is not null && File.Exists(path))
        {
            var document = JsonText.Parse(File.ReadAllText(path), path) as JsonMap;
            Context = document?.Get("@context");
            Source = path;
        }
    }

    /// <summary>The context value (the object under <c>@context</c>), or null when no context file was found.</summary>
    public object? Context { get; }

    /// <summary>The file the context came from.</summary>
    public string? Source { get; }

    private static string? FindOntology()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "ontology");
            if (File.Exists(Path.Combine(candidate, "context.jsonld")))
            {
                return candidate;
            }
        }

        return null;
    }
}
