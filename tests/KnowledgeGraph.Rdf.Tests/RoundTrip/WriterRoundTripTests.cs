using System.Globalization;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using Xunit.Abstractions;

namespace KnowledgeGraph.Rdf.Tests.RoundTrip;

/// <summary>
/// Round-trip property: for several hundred seeded random datasets, what each writer writes, read back by
/// our own reader, is isomorphic to what went in. <c>KG_ROUNDTRIP_SEED</c> runs one seed only (and prints
/// the document); <c>KG_ROUNDTRIP_CASES</c> changes how many seeds run.
/// </summary>
public sealed class WriterRoundTripTests(ITestOutputHelper log)
{
    private const int DefaultCases = 400;

    public static TheoryData<RoundTripWriter> Writers { get; } = new()
    {
        new RoundTripWriter("N-Triples", RdfFormat.NTriples, TurtleWriterOptions.Default),
        new RoundTripWriter("N-Quads", RdfFormat.NQuads, TurtleWriterOptions.Default),
        new RoundTripWriter("Turtle (pretty)", RdfFormat.Turtle, TurtleWriterOptions.Default),
        new RoundTripWriter("Turtle (streaming)", RdfFormat.Turtle, TurtleWriterOptions.StreamingLayout),
        new RoundTripWriter("TriG (pretty)", RdfFormat.TriG, TurtleWriterOptions.Default),
        new RoundTripWriter("TriG (streaming)", RdfFormat.TriG, TurtleWriterOptions.StreamingLayout),
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Random_datasets_read_back_isomorphic(RoundTripWriter writer)
    {
        var failures = new List<string>();
        var seeds = Seeds();
        foreach (var seed in seeds)
        {
            if (RoundTripCase.Run(writer, seed) is { } failure)
            {
                failures.Add(failure);
            }
        }

        if (seeds.Count == 1)
        {
            var dataset = RandomDatasetGenerator.Generate(seeds[0], writer.NamedGraphs);
            log.WriteLine(RoundTripCase.WriteAll(writer, RandomDatasetGenerator.Options(seeds[0]), dataset));
        }

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {seeds.Count} seeds failed for {writer.Name}; the first:\n\n{string.Join("\n\n", failures.Take(2))}");
    }

    [Fact]
    public void The_generator_reaches_the_corners_it_promises()
    {
        var quads = Enumerable.Range(0, DefaultCases).SelectMany(seed => RandomDatasetGenerator.Generate(seed, namedGraphs: true)).ToList();
        var literals = quads.Select(q => q.Obj).OfType<Literal>().ToList();
        Assert.Contains(literals, l => l.LexicalForm.Length > 100_000);
        Assert.Contains(literals, l => l.LexicalForm.EndsWith('"') && l.LexicalForm.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(literals, l => l.LexicalForm.EndsWith('\\'));
        Assert.Contains(literals, l => l.LexicalForm.Any(char.IsSurrogate));
        Assert.Contains(literals, l => l.LexicalForm.Contains('\u0001', StringComparison.Ordinal));
        Assert.Contains(literals, l => l.Language is { } tag && tag.Count(c => c == '-') >= 2);
        Assert.Contains(literals, l => l.Datatype.Value == Xsd.Integer.Value && l.LexicalForm.StartsWith('+'));
        Assert.Contains(quads, q => q.Graph is BlankNode);
        Assert.Contains(quads, q => q.Predicate.Equals(RdfVocabulary.Rest) && q.Obj is BlankNode);
        Assert.Contains(quads, q => q.Subject is BlankNode s && s.Equals(q.Obj));
    }

    [Fact]
    public void A_known_difference_is_reported_with_its_seed()
    {
        // The round-trip check itself must be able to fail: a dataset is not isomorphic to itself minus a quad.
        var quads = RandomDatasetGenerator.Generate(7, namedGraphs: true);
        Assert.NotEmpty(quads);
        Assert.False(GraphIsomorphism.AreIsomorphic(quads, quads.Skip(1).Where(q => !q.Equals(quads[0]))));
    }

    private static List<int> Seeds()
    {
        if (Environment.GetEnvironmentVariable("KG_ROUNDTRIP_SEED") is { Length: > 0 } one)
        {
            return [int.Parse(one, CultureInfo.InvariantCulture)];
        }

        var count = Environment.GetEnvironmentVariable("KG_ROUNDTRIP_CASES") is { Length: > 0 } n
            ? int.Parse(n, CultureInfo.InvariantCulture)
            : DefaultCases;
        return [.. Enumerable.Range(0, count)];
    }
}
