using System.Collections.Concurrent;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>
/// Shared by the JSON-LD conformance tests: the manifests (read once), the skip list, and a document
/// loader that knows every JSON-LD file of the suite under its suite IRI. That loader is how tests with
/// remote contexts run without any network access: it reads the local copy and nothing else.
/// </summary>
public sealed class JsonLdSuitesFixture(IMessageSink diagnostics)
{
    public const string SkipListFileName = "jsonld-skip-list.txt";

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<JsonLdTestEntry>>> _manifests = new(StringComparer.Ordinal);
    private readonly Lazy<SkipList> _skipList = new(() => SkipList.Parse(
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "JsonLd", SkipListFileName)), SkipListFileName));

    private JsonLdDocumentLoader? _loader;

    public string? Root { get; } = W3CTestSuiteLocator.FindRoot();

    public SkipList SkipList => _skipList.Value;

    public JsonLdDocumentLoader Loader => _loader ??= BuildLoader();

    public IReadOnlyList<JsonLdTestEntry> Entries(string suite)
    {
        var root = Root ?? throw new InvalidOperationException(W3CTestSuiteLocator.NotFoundMessage);
        return _manifests.GetOrAdd(suite, s => new Lazy<IReadOnlyList<JsonLdTestEntry>>(() => JsonLdManifest.Read(root, s))).Value;
    }

    public JsonLdTestEntry Entry(string id)
    {
        var suite = id[..id.IndexOf('#', StringComparison.Ordinal)];
        return Entries(suite).SingleOrDefault(e => e.Id == id)
            ?? throw new InvalidOperationException($"{id}: no such entry in the {suite} manifest under {Root}.");
    }

    public void Announce(string line)
    {
        Console.WriteLine(line);
        diagnostics.OnMessage(new DiagnosticMessage(line));
    }

    private JsonLdDocumentLoader BuildLoader()
    {
        var loader = new JsonLdDocumentLoader();
        var directory = JsonLdManifest.Directory(Root ?? throw new InvalidOperationException(W3CTestSuiteLocator.NotFoundMessage));
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.jsonld", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            loader.RegisterFile(JsonLdTestEntry.SuiteBaseIri + relative, file);
        }

        return loader;
    }
}

/// <summary>The JSON-LD conformance tests share one fixture.</summary>
[CollectionDefinition(Name)]
public sealed class JsonLdCollection : ICollectionFixture<JsonLdSuitesFixture>
{
    public const string Name = "W3C JSON-LD suites";
}
