using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// One SPARQL test manifest read as a graph with our <see cref="TurtleReader"/> (its <c>file:</c> URI as base,
/// so actions map straight back to files), and the navigation the SPARQL syntax, evaluation and update
/// readers share: objects of a property, RDF list items, and the entries of a manifest and of everything it
/// reaches through <c>mf:include</c> (included manifests first, each read once).
/// </summary>
public sealed class SparqlManifestGraph
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    private static readonly Iri EntriesProperty = new(Mf + "entries");
    private static readonly Iri IncludeProperty = new(Mf + "include");

    private readonly Dictionary<Term, List<Quad>> _bySubject = [];

    private SparqlManifestGraph(string path)
    {
        Path = path;
        var baseIri = new Uri(path).AbsoluteUri;
        Manifest = new Iri(baseIri);
        using var text = File.OpenText(path);
        using var reader = new TurtleReader(text, new RdfReaderOptions { BaseIri = baseIri, SourceName = path });
        foreach (var quad in reader.ReadQuads())
        {
            if (!_bySubject.TryGetValue(quad.Subject, out var list))
            {
                _bySubject[quad.Subject] = list = [];
            }

            list.Add(quad);
        }
    }

    /// <summary>The manifest file's full path.</summary>
    public string Path { get; }

    /// <summary>The manifest node (the file's IRI).</summary>
    public Iri Manifest { get; }

    /// <summary>The name of the folder holding the manifest, used in test ids.</summary>
    public string Folder => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Path)!);

    /// <summary>Every entry reachable from the manifest at <paramref name="manifestPath"/>, with the manifest that lists it.</summary>
    public static IEnumerable<(SparqlManifestGraph Manifest, Term Entry)> Entries(string manifestPath) =>
        Entries(System.IO.Path.GetFullPath(manifestPath), []);

    public IEnumerable<Term> Objects(Term subject, Iri predicate) =>
        _bySubject.TryGetValue(subject, out var quads)
            ? quads.Where(q => q.Predicate.Equals(predicate) && q.InDefaultGraph).Select(q => q.Obj).Distinct()
            : [];

    public IEnumerable<Term> ListItems(Term head)
    {
        for (var node = head; !node.Equals(RdfVocabulary.Nil);)
        {
            yield return Objects(node, RdfVocabulary.First).Single();
            node = Objects(node, RdfVocabulary.Rest).Single();
        }
    }

    private static IEnumerable<(SparqlManifestGraph, Term)> Entries(string manifestPath, HashSet<string> visited)
    {
        if (!visited.Add(manifestPath))
        {
            yield break;
        }

        var manifest = new SparqlManifestGraph(manifestPath);
        foreach (var head in manifest.Objects(manifest.Manifest, IncludeProperty))
        {
            foreach (var included in manifest.ListItems(head).OfType<Iri>())
            {
                foreach (var entry in Entries(new Uri(included.Value).LocalPath, visited))
                {
                    yield return entry;
                }
            }
        }

        foreach (var head in manifest.Objects(manifest.Manifest, EntriesProperty))
        {
            foreach (var entry in manifest.ListItems(head))
            {
                yield return (manifest, entry);
            }
        }
    }
}
