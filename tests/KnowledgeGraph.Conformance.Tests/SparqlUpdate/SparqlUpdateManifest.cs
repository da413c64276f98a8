using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>
/// Reads the mf:UpdateEvaluationTest entries of a SPARQL 1.1 Update manifest (following mf:include) with our
/// <see cref="TurtleReader"/>; manifests are read with their file: URI as base so files map straight back.
/// Syntax entries are left to the SparqlSyntax runner, which covers syntax-update-1 and syntax-update-2.
/// </summary>
public static class SparqlUpdateManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri EvaluationTest = new(Mf + "UpdateEvaluationTest");
    private static readonly Iri Request = new(Ut + "request");
    private static readonly Iri Data = new(Ut + "data");
    private static readonly Iri GraphData = new(Ut + "graphData");
    private static readonly Iri GraphProperty = new(Ut + "graph");
    private static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");

    public static IReadOnlyList<SparqlUpdateEntry> Read(string manifestPath, string suite)
    {
        var result = new List<SparqlUpdateEntry>();
        ReadInto(Path.GetFullPath(manifestPath), suite, result, []);
        return result;
    }

    private static void ReadInto(string manifestPath, string suite, List<SparqlUpdateEntry> result, HashSet<string> visited)
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
                if (Objects(bySubject, entry, RdfVocabulary.Type).Contains(EvaluationTest))
                {
                    result.Add(ReadEntry(bySubject, entry, suite, manifestPath));
                }
            }
        }
    }

    private static SparqlUpdateEntry ReadEntry(Dictionary<Term, List<Quad>> bySubject, Term entry, string suite, string manifestPath)
    {
        var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
            ? iri.Value[(hash + 1)..]
            : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
        var action = Objects(bySubject, entry, Action).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var request = Objects(bySubject, action, Request).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no ut:request.");
        var result = Objects(bySubject, entry, Result).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:result.");
        var folder = Path.GetFileName(Path.GetDirectoryName(manifestPath)!);
        return new SparqlUpdateEntry(suite, folder + "/" + name, new Uri(request.Value).LocalPath, request.Value,
            Files(bySubject, action), GraphFiles(bySubject, action, manifestPath), Files(bySubject, result), GraphFiles(bySubject, result, manifestPath));
    }

    private static List<string> Files(Dictionary<Term, List<Quad>> bySubject, Term node) =>
        Objects(bySubject, node, Data).OfType<Iri>().Select(d => new Uri(d.Value).LocalPath).ToList();

    private static List<(string Path, string Graph)> GraphFiles(Dictionary<Term, List<Quad>> bySubject, Term node, string manifestPath) =>
        Objects(bySubject, node, GraphData).Select(g =>
        {
            var file = Objects(bySubject, g, GraphProperty).OfType<Iri>().SingleOrDefault()
                ?? throw new InvalidDataException($"{manifestPath}: ut:graphData without ut:graph.");
            var label = Objects(bySubject, g, Label).OfType<Literal>().SingleOrDefault()
                ?? throw new InvalidDataException($"{manifestPath}: ut:graphData without rdfs:label.");
            return (new Uri(file.Value).LocalPath, label.LexicalForm);
        }).ToList();

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
