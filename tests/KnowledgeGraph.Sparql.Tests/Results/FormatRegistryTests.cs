using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

public sealed class FormatRegistryTests
{
    [Theory]
    [InlineData("json", "json")]
    [InlineData("SRJ", "json")]
    [InlineData(".srx", "xml")]
    [InlineData("application/sparql-results+xml; charset=utf-8", "xml")]
    [InlineData("text/tab-separated-values", "tsv")]
    [InlineData("text/csv", "csv")]
    [InlineData("application/sparql-results+json", "json")]
    public void FindsByNameExtensionAndMediaType(string key, string expected) =>
        Assert.Equal(expected, SparqlResultsFormat.Find(key)?.Name);

    [Fact]
    public void UnknownNamesGiveNull()
    {
        Assert.Null(SparqlResultsFormat.Find("turtle"));
        Assert.Null(SparqlResultsFormat.FromFileName("result.ttl"));
        Assert.Null(SparqlResultsFormat.FromFileName("noextension"));
    }

    [Theory]
    [InlineData("dir/q.srx", "xml")]
    [InlineData("q.SRJ", "json")]
    [InlineData("a.b.tsv", "tsv")]
    [InlineData("r.csv", "csv")]
    public void GuessesFromFileNames(string path, string expected) =>
        Assert.Equal(expected, SparqlResultsFormat.FromFileName(path)?.Name);

    [Theory]
    [InlineData(null, "json")]
    [InlineData("", "json")]
    [InlineData("*/*", "json")]
    [InlineData("application/sparql-results+xml", "xml")]
    [InlineData("text/csv;q=0.5, application/sparql-results+xml;q=0.4", "csv")]
    [InlineData("text/*", "csv")]
    [InlineData("text/*;q=0.9, text/tab-separated-values", "tsv")]
    [InlineData("application/sparql-results+json;q=0, */*;q=0.1", "xml")]
    [InlineData("application/xml, text/html;q=0.9", "xml")]
    [InlineData("application/json", "json")]
    [InlineData("garbage, application/sparql-results+xml;q=abc", "xml")]
    public void NegotiatesFromAcceptHeaders(string? accept, string expected) =>
        Assert.Equal(expected, SparqlResultsFormat.FromAccept(accept)?.Name);

    [Fact]
    public void AcceptHeadersThatRuleOutEveryFormatGiveNull()
    {
        Assert.Null(SparqlResultsFormat.FromAccept("text/html"));
        Assert.Null(SparqlResultsFormat.FromAccept("image/png, text/turtle"));
    }

    [Fact]
    public void ContentTypesDeclareUtf8() =>
        Assert.Equal("application/sparql-results+json; charset=utf-8", SparqlResultsFormat.Json.ContentType);
}
