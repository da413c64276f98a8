using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Random quads over a small vocabulary, so that random inserts and deletes collide often.</summary>
public sealed class QuadGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public Term Subject() => _random.Next(4) == 0 ? new BlankNode("b" + _random.Next(5)) : new Iri("http://example.org/s" + _random.Next(12));

    public Iri Predicate() => new("http://example.org/p" + _random.Next(5));

    public Term Object() => _random.Next(9) switch
    {
        0 => new Literal(_random.Next(-3, 40).ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer),
        1 => new Literal("v" + _random.Next(6)),
        2 => new Literal("a much longer literal value number " + _random.Next(6)),
        3 => new Literal("chat" + _random.Next(3), "en"),
        4 => new Literal($"2024-0{_random.Next(1, 9)}-1{_random.Next(10)}", Xsd.Date),
        5 => new Literal(_random.Next(3) + ".5", Xsd.Decimal),
        6 => new Literal(_random.Next(2) == 0 ? "true" : "false", Xsd.Boolean),
        7 => new BlankNode("b" + _random.Next(5)),
        _ => new Iri("http://example.org/s" + _random.Next(12)),
    };

    public Term Graph() => _random.Next(3) switch
    {
        0 => DefaultGraph.Instance,
        1 => new Iri("http://example.org/g" + _random.Next(3)),
        _ => _random.Next(2) == 0 ? new BlankNode("gb") : new Iri("http://example.org/g0"),
    };

    public Quad Quad() => new(Subject(), Predicate(), Object(), Graph());

    public int Next(int max) => _random.Next(max);
}
