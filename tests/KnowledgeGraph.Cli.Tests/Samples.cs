using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// One small graph written by hand in each format (no blank nodes, so graphs compare as sorted quad
/// lists), and a dataset with a named graph.
/// </summary>
public static class Samples
{
    public const string GraphNTriples = """
        <http://example.org/alice> <http://example.org/knows> <http://example.org/bob> .
        <http://example.org/alice> <http://example.org/name> "Alice"@en .
        <http://example.org/alice> <http://example.org/name> "Ally" .
        <http://example.org/alice> <http://example.org/age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
        <http://example.org/bob> <http://example.org/name> "Bob \"the builder\"\nline 2" .

        """;

    public const string GraphTurtle = """
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        ex:alice ex:knows ex:bob ;
            ex:name "Alice"@en, "Ally" ;
            ex:age 42 .
        ex:bob ex:name "Bob \"the builder\"\nline 2" .

        """;

    /// <summary>The same graph as TriG: its default graph, partly in braces.</summary>
    public const string GraphTriG = """
        PREFIX ex: <http://example.org/>
        ex:alice ex:knows ex:bob .
        {
            ex:alice ex:name "Alice"@en, "Ally" ;
                ex:age "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
            ex:bob ex:name '''Bob "the builder"
        line 2''' .
        }

        """;

    public const string DatasetNQuads = """
        <http://example.org/alice> <http://example.org/knows> <http://example.org/bob> .
        <http://example.org/bob> <http://example.org/name> "Bob" <http://example.org/g1> .
        <http://example.org/bob> <http://example.org/age> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g1> .
        <http://example.org/carol> <http://example.org/name> "Carol"@fr <http://example.org/g2> .

        """;

    public const string DatasetTriG = """
        @prefix ex: <http://example.org/> .
        ex:alice ex:knows ex:bob .
        ex:g1 { ex:bob ex:name "Bob" ; ex:age 7 . }
        GRAPH ex:g2 { ex:carol ex:name "Carol"@FR }

        """;

    /// <summary>The triple graph in <paramref name="format"/> (N-Quads: the N-Triples lines, all in the default graph).</summary>
    public static string Graph(RdfFormat format) => format.Name switch
    {
        "ntriples" or "nquads" => GraphNTriples,
        "turtle" => GraphTurtle,
        "trig" => GraphTriG,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no sample"),
    };

    public static string Dataset(RdfFormat format) => format.Name switch
    {
        "nquads" => DatasetNQuads,
        "trig" => DatasetTriG,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no sample"),
    };

    public static string Extension(RdfFormat format) => format.Extensions[0];
}
