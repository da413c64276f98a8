namespace KnowledgeGraph.Browser.Tests;

/// <summary>One server and one Chromium for every browser test class: starting either takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
