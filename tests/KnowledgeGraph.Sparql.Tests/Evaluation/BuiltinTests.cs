using static KnowledgeGraph.Sparql.Tests.Evaluation.TestData;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Builtins through BIND, so that an error shows as an unbound variable.</summary>
public sealed class BuiltinTests
{
    private static readonly Data.InMemoryQuadSource Empty = Source(string.Empty);

    private static string Eval(string expression)
    {
        var rows = Rows(Empty, $"SELECT ?v WHERE {{ BIND(({expression}) AS ?v) }}");
        return Assert.Single(rows) is { Length: > 0 } r ? r["?v=".Length..] : "unbound";
    }

    [Theory]
    [InlineData("1 / 2", "\"0.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>")]
    [InlineData("1 + 2.5e0", "\"3.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData("1 / 0", "unbound")]
    [InlineData("\"a\" + 1", "unbound")]
    [InlineData("STRLEN(\"😀a\")", "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("SUBSTR(\"😀abc\", 2, 2)", "\"ab\"")]
    [InlineData("STRBEFORE(\"abc\"@en, \"c\")", "\"ab\"@en")]
    [InlineData("STRBEFORE(\"abc\"@en, \"z\")", "\"\"")]
    [InlineData("STRAFTER(\"abc\", \"b\"@en)", "unbound")]
    [InlineData("CONCAT(\"a\"@en, \"b\"@en)", "\"ab\"@en")]
    [InlineData("CONCAT(\"a\"@en, \"b\")", "\"ab\"")]
    [InlineData("ENCODE_FOR_URI(\"a b/é\")", "\"a%20b%2F%C3%A9\"")]
    [InlineData("REPLACE(\"abcabc\", \"b(c)\", \"[$1]\")", "\"a[c]a[c]\"")]
    [InlineData("REGEX(\"ABC\", \"^abc$\", \"i\")", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("REGEX(\"abc\", \"(\")", "unbound")]
    [InlineData("MD5(\"abc\")", "\"900150983cd24fb0d6963f7d28e17f72\"")]
    [InlineData("SHA256(\"abc\"@en)", "unbound")]
    [InlineData("YEAR(\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime)", "\"2011\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("TZ(\"2011-01-10T14:45:13-05:00\"^^xsd:dateTime)", "\"-05:00\"")]
    [InlineData("TIMEZONE(\"2011-01-10T14:45:13Z\"^^xsd:dateTime)", "\"PT0S\"^^<http://www.w3.org/2001/XMLSchema#dayTimeDuration>")]
    [InlineData("TIMEZONE(\"2011-01-10T14:45:13\"^^xsd:dateTime)", "unbound")]
    [InlineData("xsd:integer(\"12.7\"^^xsd:decimal)", "\"12\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("xsd:boolean(\"0\")", "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("xsd:integer(\"abc\")", "unbound")]
    [InlineData("xsd:string(1.0)", "\"1\"")]
    [InlineData("\"a\"^^:t = \"b\"^^:t", "unbound")]
    [InlineData("\"a\"^^:t = \"a\"^^:t", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("1 = 1.0", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("1 IN (2, \"x\"^^:t)", "unbound")]
    [InlineData("1 IN (1, \"x\"^^:t)", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("(1/0) || true", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("(1/0) && true", "unbound")]
    [InlineData("(1/0) && false", "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("COALESCE(1/0, ?unbound, 7)", "\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("IF(\"\", 1, 2)", "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("ROUND(-2.5)", "\"-2.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>")]
    [InlineData("langMatches(\"en-GB\", \"en\")", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("STRLANG(\"x\", \"\")", "unbound")]
    [InlineData("IRI(\"rel\")", "<http://example.org/rel>")]
    public void Evaluates(string expression, string expected) => Assert.Equal(expected, EvalWithBase(expression));

    [Fact]
    public void NowIsFixedForTheQuery()
    {
        var rows = Rows(Empty, "SELECT ?a ?b WHERE { BIND(NOW() AS ?a) BIND(NOW() AS ?b) FILTER(?a = ?b) }");
        Assert.Single(rows);
    }

    private static string EvalWithBase(string expression)
    {
        var result = (KnowledgeGraph.Sparql.Results.SolutionSequence)new SparqlEngine(Empty).Query(
            $"BASE <http://example.org/> PREFIX : <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?v WHERE {{ BIND(({expression}) AS ?v) }}");
        var row = Assert.Single(result.Rows);
        return row["v"]?.ToString() ?? "unbound";
    }
}
