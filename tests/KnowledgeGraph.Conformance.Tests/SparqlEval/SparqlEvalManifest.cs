using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>
/// Reads the query evaluation entries (mf:QueryEvaluationTest, mf:CSVResultFormatTest) of a SPARQL test
/// manifest with our <see cref="SparqlManifestGraph"/>, following mf:include. Manifests are read with their file: URI
/// as base, so actions and data map straight back to files and graph data is named by its file IRI.
/// </summary>
public static class SparqlEvalManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri Query = new(Qt + "query");
    private static readonly Iri Data = new(Qt + "data");
    private static readonly Iri GraphData = new(Qt + "graphData");
    private static readonly Iri Approval = new(Dawgt + "approval");
    private static readonly Iri ResultCardinality = new(Mf + "resultCardinality");
    private static readonly Iri Lax = new(Mf + "LaxCardinality");

    public static IReadOnlyList<SparqlEvalEntry> Read(string manifestPath, string suite) =>
        [.. SparqlManifestGraph.Entries(manifestPath)
            .Select(e => ReadEntry(e.Manifest, e.Entry, suite, e.Manifest.Path))
            .OfType<SparqlEvalEntry>()];

    private static SparqlEvalEntry? ReadEntry(SparqlManifestGraph manifest, Term entry, string suite, string manifestPath)
    {
        var type = manifest.Objects(entry, RdfVocabulary.Type).OfType<Iri>().FirstOrDefault(t => t.Value.StartsWith(Mf, StringComparison.Ordinal));
        var typeName = type?.Value[Mf.Length..];
        if (typeName is not ("QueryEvaluationTest" or "CSVResultFormatTest"))
        {
            return null;
        }

        var name = entry is Iri iri && iri.Value.LastIndexOf('#') is var hash and >= 0
            ? iri.Value[(hash + 1)..]
            : throw new InvalidDataException($"{manifestPath}: entry {entry} is not an IRI with a fragment.");
        var action = manifest.Objects(entry, Action).SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no mf:action.");
        var query = manifest.Objects(action, Query).OfType<Iri>().SingleOrDefault()
            ?? throw new InvalidDataException($"{manifestPath}: entry {entry} has no qt:query.");
        var data = manifest.Objects(action, Data).OfType<Iri>().Select(d => new Uri(d.Value).LocalPath).ToList();
        var graphData = manifest.Objects(action, GraphData).OfType<Iri>().Select(g => (new Uri(g.Value).LocalPath, g.Value)).ToList();
        var result = manifest.Objects(entry, Result).OfType<Iri>().SingleOrDefault();
        var approval = manifest.Objects(entry, Approval).OfType<Iri>().FirstOrDefault()?.Value;
        var folder = Path.GetFileName(Path.GetDirectoryName(manifestPath)!);
        return new SparqlEvalEntry(suite, folder + "/" + name, typeName, new Uri(query.Value).LocalPath, query.Value, data, graphData,
            result is null ? null : new Uri(result.Value).LocalPath, approval,
            manifest.Objects(entry, ResultCardinality).Contains(Lax));
    }
}
