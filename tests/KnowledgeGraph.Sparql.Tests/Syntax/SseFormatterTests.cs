using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SseFormatterTests
{
    [Fact]
    public void Short_expressions_stay_on_one_line() =>
        Assert.Equal("(project (?x) (bgp (triple ?x ?p ?o)))", SseFormatter.Format(SparqlParser.ParseQuery("SELECT ?x { ?x ?p ?o }").Pattern));

    [Fact]
    public void Long_expressions_break_before_sub_lists_and_keep_atoms_intact()
    {
        var q = SparqlParser.ParseQuery("PREFIX : <http://example.org/ns#> SELECT ?x { ?x :name \"a ) b\" OPTIONAL { ?x :knows ?y FILTER(?y != :bob) } }");
        const string expected =
            "(project (?x)\n" +
            "  (leftjoin\n" +
            "    (bgp (triple ?x <http://example.org/ns#name> \"a ) b\"))\n" +
            "    (bgp (triple ?x <http://example.org/ns#knows> ?y))\n" +
            "    (!= ?y <http://example.org/ns#bob>)))";
        Assert.Equal(expected, SseFormatter.Format(q.Pattern));
    }

    [Fact]
    public void Formatting_only_changes_whitespace()
    {
        var q = SparqlParser.ParseQuery("PREFIX : <http://e/> SELECT (COUNT(*) AS ?n) { ?x :p/:q* ?y VALUES ?y { :a \"b c\" } } GROUP BY ?x ORDER BY DESC(?n) LIMIT 3");
        var flat = q.Pattern.ToString();
        var formatted = SseFormatter.Format(q.Pattern, 20);
        Assert.Contains('\n', formatted);
        Assert.Equal(flat, string.Join(' ', formatted.Split('\n').Select(l => l.Trim())).Replace("( ", "(", StringComparison.Ordinal));
    }
}
