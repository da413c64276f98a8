using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlSyntax;

/// <summary>
/// Reads the syntax entries of a SPARQL test manifest (through <see cref="SparqlManifestGraph"/>), following
/// <c>mf:include</c> lists (the SPARQL 1.0 syntax manifest includes five). Manifests are read with their
/// <c>file:</c> URI as base, so actions map straight back to files. Entries of other types are ignored.
/// </summary>
public static class SparqlSyntaxManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    private static readonly Iri Action = new(Mf + "action");

    public static IReadOnlyList<SparqlSyntaxEntry> Read(string manifestPath, string suite) =>
        [.. SparqlManifestGraph.Entries(manifestPath)
            .Select(e => ReadEntry(e.Manifest, e.Entry, suite, e.Manifest.Path))
            .OfType<SparqlSyntaxEntry>()];

    private static SparqlSyntaxEntry? ReadEntry(SparqlManifestGraph manifest, Term entry, string suite, string manifestPath)
    {
        var type = manifest.Objects(entry, RdfVocabulary.Type).OfType<Iri>().FirstOrDefault(t => t.Value.StartsWith(Mf, StringComparison.Ordinal));
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
        var action = manifest.Objects(entry, Action).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var folder = Path.GetFileName(Path.GetDirectoryName(manifestPath)!);
        return new SparqlSyntaxEntry(suite, folder + "/" + name, typeName, kind.Value.Positive, kind.Value.Update, new Uri(action.Value).LocalPath, action.Value);
    }
}
