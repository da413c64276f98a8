using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Server.Tests;

/// <summary>The engine's read seam over a real LMDB snapshot.</summary>
public sealed class StoreQuadSourceTests
{
    [Fact]
    public void MatchesByGraphDecodesTermsAndListsNamedGraphs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-server-tests", "source-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var store = LmdbQuadStore.Open(folder);
            Iri a = new("http://a"), p = new("http://p"), g = new("http://g");
            using (var txn = store.BeginWrite())
            {
                txn.Insert(new Quad(a, p, new Literal("in default")));
                txn.Insert(new Quad(a, p, new Literal("7", new Iri("http://www.w3.org/2001/XMLSchema#integer")), g));
                txn.Insert(new Quad(new BlankNode("b1"), p, a, g));
                txn.Commit();
            }

            using var snapshot = store.OpenSnapshot();
            var source = new StoreQuadSource(snapshot);
            Assert.Equal(3, source.Match(null, null, null, null).Count());
            Assert.Equal("in default", ((Literal)Assert.Single(source.Match(null, null, null, DefaultGraph.Instance)).Obj).LexicalForm);
            Assert.Equal(2, source.Match(null, p, null, g).Count());
            Assert.Empty(source.Match(new Iri("http://never-seen"), null, null, null));
            Assert.Single(source.Match(null, null, a, null));
            Assert.Equal(g, Assert.Single(source.NamedGraphs()));
            Assert.True(source.EstimateCardinality(null, p, null, null) >= 3);
            Assert.Equal(0, source.EstimateCardinality(null, new Iri("http://never-seen"), null, null));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
