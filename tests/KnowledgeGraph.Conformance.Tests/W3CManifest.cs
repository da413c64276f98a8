using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// Reads a suite's <c>manifest.ttl</c> with our own <see cref="TurtleReader"/> and follows its
/// <c>mf:entries</c> list. The manifest is read with the base IRI the W3C publishes it under, so
/// <c>mf:action</c> comes out as the input's assumed base IRI and maps back to a file beside the manifest.
/// </summary>
public static class W3CManifest
{
    public const string PublishedRoot = "https://w3c.github.io/rdf-tests/rdf/rdf11/";

    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Rdft = "http://www.w3.org/ns/rdftest#";

    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri ManifestClass = new(Mf + "Manifest");

    /// <summary>The entries of suite <paramref name="suite"/> (e.g. <c>rdf-turtle</c>) under <paramref name="rdf11Directory"/>, in manifest order.</summary>
    public static IReadOnlyList<W3CTestEntry> Read(string rdf11Directory, string suite)
    {
        var directory = Path.Combine(rdf11Directory, suite);
        var manifestPath = Path.Combine(directory, "manifest.ttl");
        var suiteBase = PublishedRoot + suite + "/";
        var bySubject = new Dictionary<Term, List<Quad>>();
        using (var text = File.OpenText(manifestPath))
        using (var reader = new TurtleReader(text, new RdfReaderOptions { BaseIri = suiteBase + "manifest.ttl", SourceName = manifestPath }))
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

        var manifest = bySubject.Keys.FirstOrDefault(s => Objects(bySubject, s, RdfVocabulary.Type).Contains(ManifestClass))
            ?? throw new InvalidDataException($"{manifestPath}: no subject of type mf:Manifest.");
        var head = Objects(bySubject, manifest, Entries).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: the manifest has no mf:entries list.");

        var entries = new List<W3CTestEntry>();
        foreach (var entry in ListItems(bySubject, head, manifestPath))
        {
            entries.Add(ReadEntry(bySubject, entry, suite, directory, suiteBase, manifestPath));
        }

        return entries;
    }

    private static W3CTestEntry ReadEntry(Dictionary<Term, List<Quad>> bySubject, Term entry, string suite, string directory, string suiteBase, string manifestPath)
    {
        var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
            ? iri.Value[(hash + 1)..]
            : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
        var type = Objects(bySubject, entry, RdfVocabulary.Type).OfType<Iri>().FirstOrDefault(t => t.Value.StartsWith(Rdft, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no rdft: test type.");
        var typeName = type.Value[Rdft.Length..];
        var (kind, format) = Classify(typeName)
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has the unsupported test type rdft:{typeName}.");
        var action = Objects(bySubject, entry, Action).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var result = Objects(bySubject, entry, Result).OfType<Iri>().SingleOrDefault();
        if (kind == W3CTestKind.Eval && result is null)
        {
            throw new InvalidDataException($"{manifestPath}: eval entry {entry} has no mf:result.");
        }

        return new W3CTestEntry(
            suite,
            name,
            typeName,
            kind,
            format,
            LocalPath(action, directory, suiteBase, manifestPath),
            action.Value,
            result is null ? null : LocalPath(result, directory, suiteBase, manifestPath));
    }

    private static (W3CTestKind Kind, RdfFormat Format)? Classify(string typeName) => typeName switch
    {
        "TestNTriplesPositiveSyntax" => (W3CTestKind.PositiveSyntax, RdfFormat.NTriples),
        "TestNTriplesNegativeSyntax" => (W3CTestKind.NegativeSyntax, RdfFormat.NTriples),
        "TestNQuadsPositiveSyntax" => (W3CTestKind.PositiveSyntax, RdfFormat.NQuads),
        "TestNQuadsNegativeSyntax" => (W3CTestKind.NegativeSyntax, RdfFormat.NQuads),
        "TestTurtlePositiveSyntax" => (W3CTestKind.PositiveSyntax, RdfFormat.Turtle),
        "TestTurtleNegativeSyntax" => (W3CTestKind.NegativeSyntax, RdfFormat.Turtle),
        "TestTurtleEval" => (W3CTestKind.Eval, RdfFormat.Turtle),
        "TestTurtleNegativeEval" => (W3CTestKind.NegativeEval, RdfFormat.Turtle),
        "TestTrigPositiveSyntax" => (W3CTestKind.PositiveSyntax, RdfFormat.TriG),
        "TestTrigNegativeSyntax" => (W3CTestKind.NegativeSyntax, RdfFormat.TriG),
        "TestTrigEval" => (W3CTestKind.Eval, RdfFormat.TriG),
        "TestTrigNegativeEval" => (W3CTestKind.NegativeEval, RdfFormat.TriG),
        "TestXMLEval" => (W3CTestKind.Eval, RdfFormat.RdfXml),
        "TestXMLNegativeSyntax" => (W3CTestKind.NegativeSyntax, RdfFormat.RdfXml),
        _ => null,
    };

    private static string LocalPath(Iri iri, string directory, string suiteBase, string manifestPath) =>
        iri.Value.StartsWith(suiteBase, StringComparison.Ordinal)
            ? Path.Combine(directory, Uri.UnescapeDataString(iri.Value[suiteBase.Length..]).Replace('/', Path.DirectorySeparatorChar))
            : throw new InvalidDataException($"{manifestPath}: {iri} lies outside the suite folder {suiteBase}.");

    private static IEnumerable<Term> ListItems(Dictionary<Term, List<Quad>> bySubject, Term head, string manifestPath)
    {
        var seen = new HashSet<Term>();
        for (var node = head; !node.Equals(RdfVocabulary.Nil);)
        {
            if (!seen.Add(node))
            {
                throw new InvalidDataException($"{manifestPath}: the mf:entries list loops at {node}.");
            }

            yield return Objects(bySubject, node, RdfVocabulary.First).SingleOrDefault()
                ?? throw new InvalidDataException($"{manifestPath}: list node {node} has no rdf:first.");
            node = Objects(bySubject, node, RdfVocabulary.Rest).SingleOrDefault()
                ?? throw new InvalidDataException($"{manifestPath}: list node {node} has no rdf:rest.");
        }
    }

    private static IEnumerable<Term> Objects(Dictionary<Term, List<Quad>> bySubject, Term subject, Iri predicate) =>
        bySubject.TryGetValue(subject, out var quads)
            ? quads.Where(q => q.Predicate.Equals(predicate) && q.InDefaultGraph).Select(q => q.Obj).Distinct()
            : [];
}
