namespace KnowledgeGraph.Conformance.Tests;

/// <summary>All conformance test classes share one fixture, so each manifest is read once per run.</summary>
[CollectionDefinition(Name)]
public sealed class W3CCollection : ICollectionFixture<W3CSuitesFixture>
{
    public const string Name = "W3C RDF 1.1 suites";
}
