using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Maintenance;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Named graphs that exist without quads, on both backends, through the store API and through SPARQL Update.</summary>
public sealed class EmptyGraphTests
{
    private static readonly Iri G = new("http://example.org/g");

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void Create_clear_and_drop_follow_sparql_update_across_requests(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var target = new StoreUpdateTarget(sut.Store);

        Update(target, "CREATE GRAPH <http://example.org/g>");
        Assert.True(Exists(sut.Store, G));
        Assert.Equal([G], Named(sut.Store));
        Assert.Throws<SparqlUpdateException>(() => Update(target, "CREATE GRAPH <http://example.org/g>"));
        Update(target, "CREATE SILENT GRAPH <http://example.org/g>");

        // Inserting into it, then CLEAR: the graph stays, empty.
        Update(target, "INSERT DATA { GRAPH <http://example.org/g> { <http://a> <http://p> 1 } }");
        Update(target, "CLEAR GRAPH <http://example.org/g>");
        Assert.True(Exists(sut.Store, G));
        Assert.Equal(0, Count(sut.Store));

        // DROP forgets it: DROP again fails, CREATE works again.
        Update(target, "DROP GRAPH <http://example.org/g>");
        Assert.False(Exists(sut.Store, G));
        Assert.Empty(Named(sut.Store));
        Assert.Throws<SparqlUpdateException>(() => Update(target, "DROP GRAPH <http://example.org/g>"));
        Update(target, "CREATE GRAPH <http://example.org/g>");
        Assert.True(Exists(sut.Store, G));
        Assert.Empty(StoreChecker.Check(sut.Store));
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void Queries_see_an_empty_created_graph_by_name_and_by_variable(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        Update(new StoreUpdateTarget(sut.Store), "CREATE GRAPH <http://example.org/g>");
        using var snapshot = sut.Store.OpenSnapshot();
        var engine = new KnowledgeGraph.Sparql.SparqlEngine(new StoreQuadSource(snapshot));
        var ask = Assert.IsType<KnowledgeGraph.Sparql.Results.BooleanResult>(engine.Query("ASK { GRAPH <http://example.org/g> {} }"));
        Assert.True(ask.Value);
        var missing = Assert.IsType<KnowledgeGraph.Sparql.Results.BooleanResult>(engine.Query("ASK { GRAPH <http://example.org/other> {} }"));
        Assert.False(missing.Value);
        var graphs = Assert.IsType<KnowledgeGraph.Sparql.Results.SolutionSequence>(engine.Query("SELECT ?g WHERE { GRAPH ?g {} }"));
        Assert.Equal([G], graphs.Rows.Select(r => r["g"]).ToList());
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void A_graph_that_only_had_inserted_quads_goes_with_them_and_drop_all_forgets_created_ones(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var target = new StoreUpdateTarget(sut.Store);
        Update(target, "INSERT DATA { GRAPH <http://example.org/h> { <http://a> <http://p> 1 } }");
        Assert.True(Exists(sut.Store, new Iri("http://example.org/h")));
        Update(target, "DROP GRAPH <http://example.org/h>");
        Assert.False(Exists(sut.Store, new Iri("http://example.org/h")));

        Update(target, "CREATE GRAPH <http://example.org/g> ; CREATE GRAPH <http://example.org/k>");
        Assert.Equal(2, Named(sut.Store).Count);
        Update(target, "DROP ALL");
        Assert.Empty(Named(sut.Store));
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void A_request_that_fails_leaves_no_created_graph(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var target = new StoreUpdateTarget(sut.Store);
        Assert.Throws<SparqlUpdateException>(() => Update(target, "CREATE GRAPH <http://example.org/g> ; DROP GRAPH <http://example.org/missing>"));
        Assert.False(Exists(sut.Store, G));
    }

    [Fact]
    public void Lmdb_keeps_empty_graphs_across_reopen_and_in_backups()
    {
        using var dir = new TempDirectory();
        using (var store = LmdbQuadStore.Open(dir.Sub("store")))
        {
            Update(new StoreUpdateTarget(store), "CREATE GRAPH <http://example.org/g> ; CREATE GRAPH <http://example.org/k>");
            store.Backup(dir.Sub("backup"));
        }

        foreach (var folder in new[] { "store", "backup" })
        {
            using var store = LmdbQuadStore.Open(dir.Sub(folder));
            Assert.True(Exists(store, G), folder);
            Assert.Equal(2, Named(store).Count);
            Assert.Empty(StoreChecker.Check(store));
            Update(new StoreUpdateTarget(store), "DROP GRAPH <http://example.org/g>");
        }

        using var reopened = LmdbQuadStore.Open(dir.Sub("store"));
        Assert.False(Exists(reopened, G));
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void The_store_api_records_and_forgets_graphs_and_rejects_the_default_graph(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        using (var write = sut.Store.BeginWrite())
        {
            var g = write.GetOrAddId(G);
            write.CreateGraph(g);
            Assert.Throws<ArgumentException>(() => write.CreateGraph(TermId.DefaultGraph));
            write.Commit();
        }

        using (var snapshot = sut.Store.OpenSnapshot())
        {
            Assert.True(snapshot.TryGetId(G, out var g));
            Assert.Contains(g, snapshot.CreatedGraphs);
            Assert.True(snapshot.GraphExists(g));
            Assert.True(snapshot.GraphExists(TermId.DefaultGraph));
        }

        // Create then drop in one transaction: the last one wins.
        using (var write = sut.Store.BeginWrite())
        {
            var g = write.GetOrAddId(G);
            write.CreateGraph(g);
            write.DropGraph(g);
            write.Commit();
        }

        Assert.False(Exists(sut.Store, G));
    }

    private static void Update(IUpdateTarget target, string text) => SparqlUpdateExecutor.Execute(text, target);

    private static bool Exists(IQuadStore store, Term graph)
    {
        using var snapshot = store.OpenSnapshot();
        return snapshot.TryGetId(graph, out var id) && snapshot.GraphExists(id);
    }

    private static List<Term> Named(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        return snapshot.NamedGraphs.Select(snapshot.Decode).ToList();
    }

    private static long Count(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        return snapshot.Statistics.QuadCount;
    }
}
