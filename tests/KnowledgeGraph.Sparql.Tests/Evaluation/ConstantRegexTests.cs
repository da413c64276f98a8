namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// REGEX with the pattern and flags written in the query looks the regex up once at compile time; its answers must be
/// those of the per-row path (the same pattern and flags bound to variables): matches, non-matches, errors for
/// non-string texts, invalid patterns and invalid flags.
/// </summary>
public sealed class ConstantRegexTests
{
    private static readonly string Data = """
        :a :v "Ceasefire agreed" . :b :v "cease-fire holds" . :c :v "no deal"@en . :d :v 12 . :e :v :iri . :f :v "CEASE FIRE"^^xsd:string .
        """;

    [Theory]
    [InlineData("cease-?fire", null)]
    [InlineData("cease-?fire", "i")]
    [InlineData("^no", "")]
    [InlineData("[", null)]
    [InlineData("fire", "z")]
    [InlineData("c e a s e", "ix")]
    public void AConstantPatternAnswersAsAPatternBoundPerRow(string pattern, string? flags)
    {
        var source = TestData.Source(Data);
        var args = flags is null ? $"\"{pattern}\"" : $"\"{pattern}\", \"{flags}\"";
        var viaVariables = flags is null ? "?p" : "?p, ?f";
        var constant = TestData.Rows(source, $"SELECT ?s ?m WHERE {{ ?s :v ?o BIND(REGEX(?o, {args}) AS ?m) }}");
        var perRow = TestData.Rows(source,
            $"SELECT ?s ?m WHERE {{ ?s :v ?o BIND(\"{pattern}\" AS ?p) BIND(\"{flags ?? string.Empty}\" AS ?f) BIND(REGEX(?o, {viaVariables}) AS ?m) }}");
        Assert.Equal(6, constant.Count);
        Assert.Equal(perRow, constant);
    }

    /// <summary>The answers themselves, not only their agreement: an error (a number, an IRI) makes both filters false.</summary>
    [Fact]
    public void AConstantPatternMatchesCaseInsensitivelyAndErrorsOnNonStrings()
    {
        var source = TestData.Source(Data);
        Assert.Equal(
            ["?s=<http://example.org/a>", "?s=<http://example.org/b>"],
            TestData.Rows(source, "SELECT ?s WHERE { ?s :v ?o FILTER(REGEX(?o, \"cease-?fire\", \"i\")) }"));
        Assert.Equal(
            ["?s=<http://example.org/c>", "?s=<http://example.org/f>"],
            TestData.Rows(source, "SELECT ?s WHERE { ?s :v ?o FILTER(!REGEX(?o, \"cease-?fire\", \"i\")) }"));
    }
}
