using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>
/// Reads the mf:UpdateEvaluationTest entries of a SPARQL 1.1 Update manifest (following mf:include) with our
/// <see cref="SparqlManifestGraph"/>; manifests are read with their file: URI as base so files map straight back.
/// Syntax entries are left to the SparqlSyntax runner, which covers syntax-update-1 and syntax-update-2.
/// </summary>
public static class SparqlUpdateManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri EvaluationTest = new(Mf + "UpdateEvaluationTest");
    private static readonly Iri Request = new(Ut + "request");
    private static readonly Iri Data = new(Ut + "data");
    private static readonly Iri GraphData = new(Ut + "graphData");
    private static readonly Iri GraphProperty = new(Ut + "graph");
    private static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");

    public static IReadOnlyList<SparqlUpdateEntry> Read(string manifestPath, string suite) =>
        [.. SparqlManifestGraph.Entries(manifestPath)
            .Where(e => e.Manifest.Objects(e.Entry, RdfVocabulary.Type).Contains(EvaluationTest))
            .Select(e => ReadEntry(e.Manifest, e.Entry, suite, e.Manifest.Path))];

    private static SparqlUpdateEntry ReadEntry(SparqlManifestGraph manifest, Term entry, string suite, string manifestPath)
    {
        var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
            ? iri.Value[(hash + 1)..]
            : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
        var action = manifest.Objects(entry, Action).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var request = manifest.Objects(action, Request).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no ut:request.");
        var result = manifest.Objects(entry, Result).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:result.");
        var folder = Path.GetFileName(Path.GetDirectoryName(manifestPath)!);
        return new SparqlUpdateEntry(suite, folder + "/" + name, new Uri(request.Value).LocalPath, request.Value,
            Files(manifest, action), GraphFiles(manifest, action, manifestPath), Files(manifest, result), GraphFiles(manifest, result, manifestPath));
    }

    private static List<string> Files(SparqlManifestGraph manifest, Term node) =>
        manifest.Objects(node, Data).OfType<Iri>().Select(d => new Uri(d.Value).LocalPath).ToList();

    private static List<(string Path, string Graph)> GraphFiles(SparqlManifestGraph manifest, Term node, string manifestPath) =>
        manifest.Objects(node, GraphData).Select(g =>
        {
            var file = manifest.Objects(g, GraphProperty).OfType<Iri>().SingleOrDefault()
                ?? throw new InvalidDataException($"{manifestPath}: ut:graphData without ut:graph.");
            var label = manifest.Objects(g, Label).OfType<Literal>().SingleOrDefault()
                ?? throw new InvalidDataException($"{manifestPath}: ut:graphData without rdfs:label.");
            return (new Uri(file.Value).LocalPath, label.LexicalForm);
        }).ToList();
}
