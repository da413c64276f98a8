using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests;

/// <summary>Parsing response bodies and comparing graphs (up to blank node renaming).</summary>
public static class Rdf
{
    public static List<Quad> Parse(string text, RdfFormat format, string baseIri = "http://www.example/") =>
        RdfReaders.Create(format, new StringReader(text), new RdfReaderOptions { BaseIri = baseIri }).ReadQuads().ToList();

    public static List<Quad> Parse(string text, string contentType, string baseIri = "http://www.example/")
    {
        var mediaType = contentType.Split(';')[0].Trim();
        var format = RdfFormat.Find(mediaType) ?? throw new InvalidOperationException($"No RDF format for '{contentType}'.");
        return Parse(text, format, baseIri);
    }

    public static void AssertIsomorphic(IEnumerable<Quad> expected, IEnumerable<Quad> actual)
    {
        var e = expected.ToList();
        var a = actual.ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(e, a), GraphIsomorphism.Explain(e, a) ?? "not isomorphic");
    }

    /// <summary>The same triples with every quad moved to the default graph (graph bodies come back as triples).</summary>
    public static IEnumerable<Quad> AsTriples(IEnumerable<Quad> quads) => quads.Select(q => new Quad(q.Subject, q.Predicate, q.Obj));
}
