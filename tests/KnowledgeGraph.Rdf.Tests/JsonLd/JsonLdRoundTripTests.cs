using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

/// <summary>Random datasets written by <see cref="JsonLdWriter"/> and read back by <see cref="JsonLdReader"/> are isomorphic.</summary>
public sealed class JsonLdRoundTripTests
{
    private static readonly Dictionary<string, string> Prefixes = new()
    {
        ["ex"] = "http://ex.org/",
        ["xsd"] = Xsd.Namespace,
        [string.Empty] = "http://ex.org/vocab#",
    };

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Expanded_output_reads_back_isomorphic(int seed) => AssertRoundTrip(RandomDataset(seed), RdfWriterOptions.Default);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compacted_output_with_prefixes_reads_back_isomorphic(int seed) =>
        AssertRoundTrip(RandomDataset(seed), new RdfWriterOptions { Prefixes = Prefixes });

    [Fact]
    public void Lists_survive_as_lists()
    {
        var s = new Iri("http://ex.org/s");
        var l1 = new BlankNode("l1");
        var l2 = new BlankNode("l2");
        var quads = new List<Quad>
        {
            new(s, new Iri("http://ex.org/items"), l1),
            new(l1, RdfVocabulary.First, new Literal("a")),
            new(l1, RdfVocabulary.Rest, l2),
            new(l2, RdfVocabulary.First, new Iri("http://ex.org/b")),
            new(l2, RdfVocabulary.Rest, RdfVocabulary.Nil),
        };
        var text = Write(quads, new RdfWriterOptions { Prefixes = Prefixes });
        Assert.Contains("@list", text, StringComparison.Ordinal);
        AssertRoundTrip(quads, RdfWriterOptions.Default);
    }

    private static string Write(IEnumerable<Quad> quads, RdfWriterOptions options)
    {
        var output = new StringWriter();
        using (var writer = new JsonLdWriter(output, options))
        {
            foreach (var q in quads)
            {
                writer.Write(q);
            }
        }

        return output.ToString();
    }

    private static void AssertRoundTrip(List<Quad> quads, RdfWriterOptions options)
    {
        var text = Write(quads, options);
        using var reader = new JsonLdReader(new StringReader(text));
        var back = reader.ReadQuads().ToList();
        var difference = GraphIsomorphism.Explain(quads, back);
        Assert.True(difference is null, difference + "\n" + text);
    }

    private static List<Quad> RandomDataset(int seed)
    {
        var random = new Random(seed);
        var quads = new List<Quad>();
        var graphs = new Term[] { DefaultGraph.Instance, new Iri("http://ex.org/g1"), new BlankNode("g2") };
        Term Resource()
        {
            return random.Next(4) == 0
                ? new BlankNode("b" + random.Next(6).ToString(CultureInfo.InvariantCulture))
                : new Iri((random.Next(5) == 0 ? "http://ex.org/x:r" : "http://ex.org/r") + random.Next(10).ToString(CultureInfo.InvariantCulture));
        }

        Term Object()
        {
            return random.Next(8) switch
            {
                0 => new Literal("plain " + random.Next(100).ToString(CultureInfo.InvariantCulture)),
                1 => new Literal("tagged \"q\" \n" + random.Next(10).ToString(CultureInfo.InvariantCulture), random.Next(2) == 0 ? "en" : "fr-BE"),
                2 => new Literal(random.Next(-50, 50).ToString(CultureInfo.InvariantCulture), Xsd.Integer),
                3 => new Literal(random.Next(2) == 0 ? "true" : "false", Xsd.Boolean),
                4 => new Literal("1.50", Xsd.Double),
                5 => new Literal("2026-11-25", new Iri(Xsd.Namespace + "date")),
                6 when random.Next(2) == 0 => new Literal("Kābul \u0001 \\ ☃ 𝄞", "ps-Arab-AF"),
                _ => Resource(),
            };
        }

        // Awkward names too: local parts with colons or '@', which compaction must not shorten into something else.
        var predicates = new[]
        {
            new Iri("http://ex.org/vocab#p"), new Iri("http://ex.org/q"), new Iri("http://other.example/r"), RdfVocabulary.Type,
            new Iri("http://ex.org/vocab#a:b"), new Iri("http://ex.org/vocab#@id"), new Iri("http://ex.org/ex:q"),
        };
        var count = 10 + random.Next(30);
        for (var i = 0; i < count; i++)
        {
            var predicate = predicates[random.Next(predicates.Length)];
            var obj = predicate.Equals(RdfVocabulary.Type) ? new Iri("http://ex.org/vocab#C" + random.Next(3).ToString(CultureInfo.InvariantCulture)) : Object();
            quads.Add(new Quad(Resource(), predicate, obj, graphs[random.Next(graphs.Length)]));
        }

        if (random.Next(2) == 0)
        {
            var head = new BlankNode("list" + seed.ToString(CultureInfo.InvariantCulture));
            quads.Add(new Quad(new Iri("http://ex.org/withList"), new Iri("http://ex.org/q"), head));
            quads.Add(new Quad(head, RdfVocabulary.First, new Literal("1", Xsd.Integer)));
            quads.Add(new Quad(head, RdfVocabulary.Rest, RdfVocabulary.Nil));
        }

        return quads.Distinct().ToList();
    }
}
