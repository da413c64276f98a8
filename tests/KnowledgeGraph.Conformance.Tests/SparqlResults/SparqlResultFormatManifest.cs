using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// Reads the result-format manifests that <c>sparql11/manifest-sparql11-results.ttl</c> includes, with our own
/// <see cref="TurtleReader"/>: each entry's <c>mf:action [ qt:query; qt:data ]</c> and <c>mf:result</c>.
/// The manifests are read with their <c>file:</c> IRI as base, so the IRIs they hold map straight back to files.
/// </summary>
public static class SparqlResultFormatManifest
{
    public const string AggregateManifest = "manifest-sparql11-results.ttl";

    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";

    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri Query = new(Qt + "query");
    private static readonly Iri Data = new(Qt + "data");

    /// <summary>Every entry of every included manifest, in manifest order.</summary>
    public static IReadOnlyList<SparqlResultFormatEntry> ReadAll(string sparqlDirectory)
    {
        var aggregatePath = Path.Combine(sparqlDirectory, "sparql11", AggregateManifest);
        var aggregate = Load(aggregatePath);
        var root = Subject(aggregate, RdfVocabulary.Type, new Iri(Mf + "Manifest"), aggregatePath);
        var entries = new List<SparqlResultFormatEntry>();
        foreach (var included in ListItems(aggregate, One(aggregate, root, Include, aggregatePath), aggregatePath))
        {
            entries.AddRange(ReadManifest(ToPath(included, aggregatePath)));
        }

        return entries;
    }

    private static IEnumerable<SparqlResultFormatEntry> ReadManifest(string manifestPath)
    {
        var quads = Load(manifestPath);
        var suite = Path.GetFileName(Path.GetDirectoryName(manifestPath))!;
        var manifest = Subject(quads, RdfVocabulary.Type, new Iri(Mf + "Manifest"), manifestPath);
        foreach (var entry in ListItems(quads, One(quads, manifest, Entries, manifestPath), manifestPath))
        {
            var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
                ? iri.Value[(hash + 1)..]
                : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
            var type = One(quads, entry, RdfVocabulary.Type, manifestPath) is Iri t ? t.Value[(t.Value.LastIndexOf('#') + 1)..] : "?";
            var action = One(quads, entry, Action, manifestPath);
            yield return new SparqlResultFormatEntry(
                suite,
                name,
                type,
                ToPath(One(quads, action, Query, manifestPath), manifestPath),
                ToPath(One(quads, action, Data, manifestPath), manifestPath),
                ToPath(One(quads, entry, Result, manifestPath), manifestPath));
        }
    }

    private static List<Quad> Load(string path)
    {
        using var text = File.OpenText(path);
        using var reader = new TurtleReader(text, new RdfReaderOptions { BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri, SourceName = path });
        return reader.ReadQuads().ToList();
    }

    private static Term One(List<Quad> quads, Term subject, Iri predicate, string path) =>
        quads.Where(q => q.Subject.Equals(subject) && q.Predicate.Equals(predicate)).Select(q => q.Obj).Distinct().SingleOrDefault()
        ?? throw new InvalidDataException($"{path}: {subject} has no single {predicate}.");

    private static Term Subject(List<Quad> quads, Iri predicate, Term obj, string path) =>
        quads.Where(q => q.Predicate.Equals(predicate) && q.Obj.Equals(obj)).Select(q => q.Subject).Distinct().SingleOrDefault()
        ?? throw new InvalidDataException($"{path}: no single subject with {predicate} {obj}.");

    private static IEnumerable<Term> ListItems(List<Quad> quads, Term head, string path)
    {
        var seen = new HashSet<Term>();
        for (var node = head; !node.Equals(RdfVocabulary.Nil); node = One(quads, node, RdfVocabulary.Rest, path))
        {
            if (!seen.Add(node))
            {
                throw new InvalidDataException($"{path}: a list loops at {node}.");
            }

            yield return One(quads, node, RdfVocabulary.First, path);
        }
    }

    private static string ToPath(Term term, string manifestPath) =>
        term is Iri iri && Uri.TryCreate(iri.Value, UriKind.Absolute, out var uri) && uri.IsFile
            ? uri.LocalPath
            : throw new InvalidDataException($"{manifestPath}: {term} is not a file IRI.");
}
