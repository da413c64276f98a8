using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlSyntax;

/// <summary>
/// Reads the syntax entries of a SPARQL test manifest with our <see cref="TurtleReader"/>, following
/// <c>mf:include</c> lists (the SPARQL 1.0 syntax manifest includes five). Manifests are read with their
/// <c>file:</c> URI as base, so actions map straight back to files. Entries of other types are ignored.
/// </summary>
public static class SparqlSyntaxManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Action = new(Mf + "action");

    public static IReadOnlyList<SparqlSyntaxEntry> Read(string manifestPath, string suite)
    {
        var result = new List<SparqlSyntaxEntry>();
        ReadInto(Path.GetFullPath(manifestPath), suite, result, []);
        return result;
    }

    private static void ReadInto(string manifestPath, string suite, List<SparqlSyntaxEntry> result, HashSet<string> visited)
    {
        if (!visited.Add(manifestPath))
        {
            return;
        }

        var baseIri = new Uri(manifestPath).AbsoluteUri;
        var bySubject = new Dictionary<Term, List<Quad>>();
        using (var text = File.OpenText(manifestPath))
        using (var reader = new TurtleReader(text, new RdfReaderOptions { BaseIri = baseIri, SourceName = manifestPath }))
        {
            foreach (var quad in reader.ReadQuads())
            {
                if (!bySubject.TryGetValue(quad.Subject, out var list))
                {
                    bySubject[quad.Subject] = list = [];
                }

                list.Add(quad);
            }
        }

        var manifest = new Iri(baseIri);
        foreach (var head in Objects(bySubject, manifest, Include))
        {
            foreach (var included in ListItems(bySubject, head).OfType<Iri>())
            {
                ReadInto(new Uri(included.Value).LocalPath, suite, result, visited);
            }
        }

        foreach (var head in Objects(bySubject, manifest, Entries))
        {
            foreach (var entry in ListItems(bySubject, head))
            {
                if (ReadEntry(bySubject, entry, suite, manifestPath) is { } e)
                {
                    result.Add(e);
                }
            }
        }
    }

    private static SparqlSyntaxEntry? ReadEntry(Dictionary<Term, List<Quad>> bySubject, Term entry, string suite, string manifestPath)
    {
        var type = Objects(bySubject, entry, RdfVocabulary.Type).OfType<Iri>().FirstOrDefault(t => t.Value.StartsWith(Mf, StringComparison.Ordinal));
        if (type is null)
        {
            return null;
        }

        var typeName = type.Value[Mf.Length..];
        (bool Positive, bool Update)? kind = typeName switch
        {
            "PositiveSyntaxTest" or "PositiveSyntaxTest11" => (true, false),
            "NegativeSyntaxTest" or "NegativeSyntaxTest11" => (false, false),
            "PositiveUpdateSyntaxTest11" => (true, true),
            "NegativeUpdateSyntaxTest11" => (false, true),
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
            ? iri.Value[(hash + 1)..]
            : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
        var action = Objects(bySubject, entry, Action).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var folder = Path.GetFileName(Path.GetDirectoryName(manifestPath)!);
        return new SparqlSyntaxEntry(suite, folder + "/" + name, typeName, kind.Value.Positive, kind.Value.Update, new Uri(action.Value).LocalPath, action.Value);
    }

    private static IEnumerable<Term> ListItems(Dictionary<Term, List<Quad>> bySubject, Term head)
    {
        for (var node = head; !node.Equals(RdfVocabulary.Nil);)
        {
            yield return Objects(bySubject, node, RdfVocabulary.First).Single();
            node = Objects(bySubject, node, RdfVocabulary.Rest).Single();
        }
    }

    private static IEnumerable<Term> Objects(Dictionary<Term, List<Quad>> bySubject, Term subject, Iri predicate) =>
        bySubject.TryGetValue(subject, out var quads)
            ? quads.Where(q => q.Predicate.Equals(predicate) && q.InDefaultGraph).Select(q => q.Obj).Distinct()
            : [];
}
