using System.Collections.Concurrent;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// Shared by every conformance test class: where the suites are, their manifests (read once per
/// suite), the skip list, and a way to print a line that shows in <c>dotnet test</c>'s console output
/// (xunit diagnostic messages, which the runner logs even for passing tests).
/// </summary>
public sealed class W3CSuitesFixture(IMessageSink diagnostics)
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<W3CTestEntry>>> _manifests = new(StringComparer.Ordinal);
    private readonly Lazy<SkipList> _skipList = new(SkipList.Load);

    public string? Root { get; } = W3CTestSuiteLocator.FindRoot();

    public SkipList SkipList => _skipList.Value;

    public IReadOnlyList<W3CTestEntry> Entries(string suite)
    {
        var root = Root ?? throw new InvalidOperationException(W3CTestSuiteLocator.NotFoundMessage);
        return _manifests.GetOrAdd(suite, s => new Lazy<IReadOnlyList<W3CTestEntry>>(() => W3CManifest.Read(W3CSuites.Rdf11Directory(root), s))).Value;
    }

    /// <summary>The entry named by an id such as <c>rdf-turtle#turtle-syntax-bad-01</c>.</summary>
    public W3CTestEntry Entry(string id)
    {
        var suite = id[..id.IndexOf('#', StringComparison.Ordinal)];
        return Entries(suite).SingleOrDefault(e => e.Id == id)
            ?? throw new InvalidOperationException($"{id}: no such entry in the {suite} manifest under {Root}.");
    }

    /// <summary>Prints a line to the console and to the test runner's log, where <c>dotnet test</c> shows it.</summary>
    public void Announce(string line)
    {
        Console.WriteLine(line);
        diagnostics.OnMessage(new DiagnosticMessage(line));
    }
}
