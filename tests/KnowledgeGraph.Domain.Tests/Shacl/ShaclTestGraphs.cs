using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Domain.Shacl;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Domain.Tests.Shacl;

/// <summary>Builds small shapes and data graphs from Turtle text with common prefixes.</summary>
internal static class ShaclTestGraphs
{
    public const string Prefixes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <http://example.com/ns#> .

        """;

    public static Graph Parse(string turtle, string blankPrefix = "t")
    {
        var graph = new Graph();
        RdfFileLoader.LoadInto(graph, new TurtleReader(new StringReader(Prefixes + turtle)), blankPrefix);
        return graph;
    }

    public static ValidationReport Validate(string shapes, string data) =>
        ShaclValidator.Validate(Parse(data, "d"), new ShapesGraph(Parse(shapes, "s")));

    /// <summary>The (focus, component local name) of each result, sorted, as "ex:a MinCount".</summary>
    public static string[] Summary(ValidationReport report)
    {
        var names = new TermNames(new Dictionary<string, string> { ["ex"] = "http://example.com/ns#" });
        return [.. report.Results
            .Select(r => names.Format(r.FocusNode) + " " + r.SourceConstraintComponent.Value["http://www.w3.org/ns/shacl#".Length..^"ConstraintComponent".Length]
                + (r.Value is null ? string.Empty : " " + names.Format(r.Value)))
            .Order(StringComparer.Ordinal)];
    }
}
