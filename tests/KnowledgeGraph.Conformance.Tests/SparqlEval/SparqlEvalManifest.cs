using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>
/// Reads the query evaluation entries (mf:QueryEvaluationTest, mf:CSVResultFormatTest) of a SPARQL test
/// manifest with our <see cref="TurtleReader"/>, following mf:include. Manifests are read with their file: URI
/// as base, so actions and data map straight back to files and graph data is named by its file IRI.
/// </summary>
public static class SparqlEvalManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri Query = new(Qt + "query");
    private static readonly Iri Data = new(Qt + "data");
    private static readonly Iri GraphData = new(Qt + "graphData");
    private static readonly Iri Approval = new(Dawgt + "approval");

    public static IReadOnlyList<SparqlEvalEntry> Read(string manifestPath, string suite)
    {
        var result = new List<SparqlEvalEntry>();
        ReadInto(Path.GetFullPath(manifestPath), suite, result, []);
        return result;
    }

    private static void ReadInto(string manifestPath, string suite, List<SparqlEvalEntry> result, HashSet<string> visited)
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

    private static SparqlEvalEntry? ReadEntry(Dictionary<Term, List<Quad>> bySubject, Term entry, string suite, string manifestPath)
    {
        var type = Objects(bySubject, entry, RdfVocabulary.Type).OfType<Iri>().FirstOrDefault(t => t.Value.StartsWith(Mf, StringComparison.Ordinal));
        var typeName = type?.Value[Mf.Length..];
        if (typeName is not ("QueryEvaluationTest" or "CSVResultFormatTest"))
        {
            return null;
        }

        var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
            ? iri.Value[(hash + 1)..]
            : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
        var action = Objects(bySubject, entry, Action).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var query = Objects(bySubject, action, Query).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no qt:query.");
        var data = Objects(bySubject, action, Data).OfType<Iri>().Select(d => new Uri(d.Value).LocalPath).ToList();
        var graphData = Objects(bySubject, action, GraphData).OfType<Iri>().Select(g => (new Uri(g.Value).LocalPath, g.Value)).ToList();
        var result = Objects(bySubject, entry, Result).OfType<Iri>().SingleOrDefault();
        var approval = Objects(bySubject, entry, Approval).OfType<Iri>().FirstOrDefault()?.Value;
        var folder = Path.GetFileName(Path.GetDirectoryName(manifestPath)!);
        return new SparqlEvalEntry(suite, folder + "/" + name, typeName, new Uri(query.Value).LocalPath, query.Value, data, graphData,
            result is null ? null : new Uri(result.Value).LocalPath, approval);
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
