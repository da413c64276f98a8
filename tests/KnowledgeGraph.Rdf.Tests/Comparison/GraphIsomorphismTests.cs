using System.Diagnostics;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.Comparison;

public sealed class GraphIsomorphismTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri G = new("http://example.org/g");

    private static BlankNode B(string label) => new(label);

    [Fact]
    public void EqualGroundGraphsAreIsomorphic()
    {
        var a = new[] { new Quad(S, P, new Literal("x")), new Quad(S, Q, G, G) };
        var b = new[] { new Quad(S, Q, G, G), new Quad(S, P, new Literal("x")) };
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.Null(GraphIsomorphism.Explain(a, b));
    }

    [Fact]
    public void DifferentGroundQuadsAreNotIsomorphic()
    {
        var a = new[] { new Quad(S, P, new Literal("x")) };
        var b = new[] { new Quad(S, P, new Literal("x", "en")) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void GraphNameMattersForGroundQuads()
    {
        var a = new[] { new Quad(S, P, G) };
        var b = new[] { new Quad(S, P, G, G) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void DuplicatesAreIgnored()
    {
        var a = new[] { new Quad(S, P, B("a")), new Quad(S, P, B("a")), new Quad(B("a"), Q, G) };
        var b = new[] { new Quad(S, P, B("z")), new Quad(B("z"), Q, G) };
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void RelabelledBlankNodesInEveryPositionAreIsomorphic()
    {
        var a = new[]
        {
            new Quad(B("a"), P, B("b"), B("g")),
            new Quad(B("b"), Q, new Literal("1"), B("g")),
            new Quad(B("g"), P, S),
        };
        var b = new[]
        {
            new Quad(B("x"), P, S),
            new Quad(B("y"), Q, new Literal("1"), B("x")),
            new Quad(B("z"), P, B("y"), B("x")),
        };
        var bijection = GraphIsomorphism.FindBijection(a, b);
        Assert.NotNull(bijection);
        Assert.Equal(B("z"), bijection[B("a")]);
        Assert.Equal(B("y"), bijection[B("b")]);
        Assert.Equal(B("x"), bijection[B("g")]);
    }

    [Fact]
    public void BlankGraphNameIsNotTheDefaultGraph()
    {
        var a = new[] { new Quad(S, P, G, B("g")) };
        var b = new[] { new Quad(S, P, G) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void SelfLoopDiffersFromEdgeBetweenTwoNodes()
    {
        var a = new[] { new Quad(B("a"), P, B("a")), new Quad(B("b"), P, B("b")) };
        var b = new[] { new Quad(B("a"), P, B("b")), new Quad(B("b"), P, B("a")) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void LiteralAndIriWithTheSameTextDiffer()
    {
        var a = new[] { new Quad(B("a"), P, new Literal("http://example.org/s")) };
        var b = new[] { new Quad(B("a"), P, S) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void DifferentNumberOfBlankNodesIsNotIsomorphic()
    {
        var a = new[] { new Quad(B("a"), P, S), new Quad(B("a"), Q, S) };
        var b = new[] { new Quad(B("a"), P, S), new Quad(B("b"), Q, S) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.False(GraphIsomorphism.AreIsomorphic(b, a));
    }

    [Fact]
    public void TwoTrianglesAreNotOneHexagon()
    {
        // Colour refinement alone cannot tell these apart: every node has one in- and one out-edge.
        var twoTriangles = Cycle("t", 3, 0).Concat(Cycle("u", 3, 0)).ToList();
        var hexagon = Cycle("h", 6, 0).ToList();
        Assert.False(GraphIsomorphism.AreIsomorphic(twoTriangles, hexagon));
        Assert.False(GraphIsomorphism.AreIsomorphic(hexagon, twoTriangles));
        Assert.NotNull(GraphIsomorphism.Explain(twoTriangles, hexagon));
    }

    [Fact]
    public void RotatedSymmetricCyclesAreIsomorphic()
    {
        var a = Cycle("a", 6, 0).Concat(Cycle("b", 6, 0)).ToList();
        var b = Cycle("x", 6, 4).Concat(Cycle("y", 6, 1)).Reverse().ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void LargeSymmetricGraphsDoNotBlowUp()
    {
        // 40 cycles of 25 nodes: n! orderings, but individualising one node settles each cycle.
        var a = Enumerable.Range(0, 40).SelectMany(i => Cycle("a" + i, 25, 0)).ToList();
        var b = Enumerable.Range(0, 40).SelectMany(i => Cycle("b" + i, 25, i % 25)).Reverse().ToList();
        var clock = Stopwatch.StartNew();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");

        // One cycle of 25 split into one of 24 and a self-loop: same node and edge counts, not isomorphic.
        var c = Enumerable.Range(0, 39).SelectMany(i => Cycle("c" + i, 25, 0)).Concat(Cycle("d", 24, 0)).Concat(Cycle("e", 1, 0)).ToList();
        Assert.False(GraphIsomorphism.AreIsomorphic(a, c));
    }

    [Fact]
    public void ManyInterchangeableBlankNodesAreIsomorphic()
    {
        var a = Enumerable.Range(0, 300).Select(i => new Quad(B("a" + i), P, new Literal("same"))).ToList();
        var b = Enumerable.Range(0, 300).Select(i => new Quad(B("b" + i), P, new Literal("same"))).ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void ThousandsOfInterchangeableBlankNodesNeedNoDeepRecursion()
    {
        var a = Enumerable.Range(0, 3000).Select(i => new Quad(B("a" + i), P, B("a" + i + "x"))).ToList();
        var b = Enumerable.Range(0, 3000).Select(i => new Quad(B("b" + i), P, B("b" + i + "x"))).Reverse().ToList();
        var clock = Stopwatch.StartNew();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void CyclesOfDifferentLengthsAreToldApartWithoutBlowUp()
    {
        // 20 cycles of 30 against 30 cycles of 20: refinement sees 600 identical nodes on each side, so
        // only individualisation shows the difference; every branch must die within a level or two.
        var a = Enumerable.Range(0, 20).SelectMany(i => Cycle("a" + i, 30, 0)).ToList();
        var b = Enumerable.Range(0, 30).SelectMany(i => Cycle("b" + i, 20, 0)).ToList();
        var clock = Stopwatch.StartNew();
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AWrongFirstPairingIsUndoneByBacktracking()
    {
        // Every node looks alike to refinement; pairing a triangle node with a hexagon node fails later.
        var a = Cycle("t", 3, 0).Concat(Cycle("u", 3, 0)).Concat(Cycle("h", 6, 0)).ToList();
        var b = Cycle("x", 6, 2).Concat(Cycle("y", 3, 1)).Concat(Cycle("z", 3, 0)).ToList();
        var bijection = GraphIsomorphism.FindBijection(a, b);
        Assert.NotNull(bijection);
        Assert.StartsWith("x_", bijection[B("h_0")].Label, StringComparison.Ordinal);
        Assert.DoesNotContain(bijection.Values, n => n.Label.StartsWith('h'));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ShuffledRelabelledRandomDatasetsAreIsomorphicAndAChangeIsSeen(int seed)
    {
        var random = new Random(seed);
        var a = RandomDataset(random, nodes: 30, quads: 120);
        var renamed = a.Select(q => new Quad(Rename(q.Subject), q.Predicate, Rename(q.Obj), Rename(q.Graph)))
            .OrderBy(_ => random.Next()).ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, renamed));

        // Changing one object to a literal found nowhere else cannot be undone by any renaming.
        var changed = renamed.ToList();
        var at = random.Next(changed.Count);
        changed[at] = changed[at] with { Obj = new Literal("only here") };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, changed));
        var explanation = GraphIsomorphism.Explain(a, changed);
        Assert.NotNull(explanation);
        Assert.Contains("\"only here\"", explanation, StringComparison.Ordinal);

        static Term Rename(Term t) => t is BlankNode blank ? new BlankNode("renamed_" + blank.Label) : t;
    }

    [Fact]
    public void ExplainNamesTheGroundQuadsOnEachSide()
    {
        var a = new[] { new Quad(S, P, new Literal("left")), new Quad(S, Q, S) };
        var b = new[] { new Quad(S, P, new Literal("right")), new Quad(S, Q, S) };
        var explanation = GraphIsomorphism.Explain(a, b);
        Assert.NotNull(explanation);
        Assert.Contains("only in the first (1)", explanation, StringComparison.Ordinal);
        Assert.Contains("\"left\"", explanation, StringComparison.Ordinal);
        Assert.Contains("only in the second (1)", explanation, StringComparison.Ordinal);
        Assert.Contains("\"right\"", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("<http://example.org/q>", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainSaysWhenOnlyTheWiringDiffers()
    {
        var a = new[] { new Quad(B("a"), P, B("a")) };
        var b = new[] { new Quad(B("a"), P, B("b")) };
        var explanation = GraphIsomorphism.Explain(a, b);
        Assert.NotNull(explanation);
        Assert.Contains("connected differently", explanation, StringComparison.Ordinal);
    }

    /// <summary>A directed cycle of blank nodes through predicate P, listed from a rotated start.</summary>
    private static IEnumerable<Quad> Cycle(string prefix, int length, int rotation)
    {
        for (var k = 0; k < length; k++)
        {
            var i = (k + rotation) % length;
            yield return new Quad(B(prefix + "_" + i), P, B(prefix + "_" + ((i + 1) % length)));
        }
    }

    private static List<Quad> RandomDataset(Random random, int nodes, int quads)
    {
        Iri[] predicates = [P, Q, new Iri("http://example.org/r")];
        var result = new List<Quad>();
        for (var i = 0; i < quads; i++)
        {
            Term subject = random.Next(4) == 0 ? S : B("n" + random.Next(nodes));
            Term obj = random.Next(5) switch
            {
                0 => new Literal("v" + random.Next(3)),
                1 => G,
                _ => B("n" + random.Next(nodes)),
            };
            Term graph = random.Next(3) switch
            {
                0 => DefaultGraph.Instance,
                1 => G,
                _ => B("n" + random.Next(nodes)),
            };
            result.Add(new Quad(subject, predicates[random.Next(predicates.Length)], obj, graph));
        }

        return result;
    }
}
