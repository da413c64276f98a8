using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Store.Tests.CrashWriter;

/// <summary>What commit i of the crash writer does; the test recomputes it to know what must be in the store.</summary>
public static class CrashWorkload
{
    private static readonly Iri[] Predicates = Enumerable.Range(0, 4).Select(k => new Iri("http://example.org/p" + k)).ToArray();

    public static IEnumerable<Quad> Inserts(int i)
    {
        var s = new Iri("http://example.org/s" + i);
        foreach (var p in Predicates)
        {
            yield return new Quad(s, p, new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer));
        }

        yield return new Quad(s, Predicates[0], new Literal("commit number " + i + " with a longer text"), new Iri("http://example.org/g" + (i % 3)));
    }

    /// <summary>Commit i deletes one quad of commit i-1.</summary>
    public static IEnumerable<Quad> Deletes(int i)
    {
        if (i > 0)
        {
            yield return Inserts(i - 1).First();
        }
    }
}
