using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Store.Tests.Update;

/// <summary>SPARQL Update on the real store (both backends): one request = one atomic write transaction.</summary>
public sealed class StoreUpdateTests
{
    private const string Prefix = "PREFIX : <http://e/>\n";

    public static TheoryData<string> Kinds => StoreUnderTest.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AnErrorInTheThirdOperationLeavesTheStoreExactlyAsBefore(string kind)
    {
        using var s = new StoreUnderTest(kind);
        var target = new StoreUpdateTarget(s.Store);
        SparqlUpdateExecutor.Execute(Prefix + "INSERT DATA { :a :p 1 . :b :p 2 . GRAPH :g { :a :q :b } }", target);
        var before = Dump(s.Store);
        var statsBefore = QuadCount(s.Store);

        var e = Assert.Throws<SparqlUpdateException>(() => SparqlUpdateExecutor.Execute(Prefix + """
            INSERT DATA { :new :p 3 . GRAPH :h { :x :y :z } } ;
            DELETE WHERE { ?s :p ?o } ;
            COPY :missing TO :g ;
            DROP ALL
            """, target));

        Assert.Equal(2, e.OperationIndex);
        Assert.Equal(before, Dump(s.Store));
        Assert.Equal(statsBefore, QuadCount(s.Store));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LaterOperationsSeeEarlierOnesAlthoughTheStoreTransactionCannotReadItsWrites(string kind)
    {
        using var s = new StoreUnderTest(kind);
        var result = SparqlUpdateExecutor.Execute(Prefix + """
            INSERT DATA { :a :p 1 . :b :p 2 } ;
            INSERT { GRAPH :copy { ?s :p ?o } } WHERE { ?s :p ?o } ;
            DELETE DATA { :a :p 1 } ;
            DELETE { GRAPH :copy { ?s :p ?o } } WHERE { ?s :p ?o } ;
            INSERT { :total :is ?n } WHERE { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } }
            """, new StoreUpdateTarget(s.Store));

        Assert.Equal(
            [
                "<http://e/a> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/copy>",
                "<http://e/b> <http://e/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "<http://e/total> <http://e/is> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            ],
            Dump(s.Store));
        Assert.Equal(3, result.Inserted);
        Assert.Equal(0, result.Deleted);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ATimeoutChangesNothing(string kind)
    {
        using var s = new StoreUnderTest(kind);
        var target = new StoreUpdateTarget(s.Store);
        var data = string.Join(" ", Enumerable.Range(0, 300).Select(i => $":n{i} :p {i} ."));
        SparqlUpdateExecutor.Execute(Prefix + $"INSERT DATA {{ {data} }}", target);
        Assert.Throws<QueryTimeoutException>(() => SparqlUpdateExecutor.Execute(
            Prefix + "INSERT DATA { :x :y :z } ; INSERT { :r :s ?d } WHERE { ?a :p ?x . ?b :p ?y . ?c :p ?z BIND(?x + ?y + ?z AS ?d) }",
            target, new UpdateOptions { Timeout = TimeSpan.FromMilliseconds(300) }));
        Assert.Equal(300, QuadCount(s.Store));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LoadGoesThroughTheSuppliedLoader(string kind)
    {
        using var s = new StoreUnderTest(kind);
        using var folder = new TempDirectory();
        var file = folder.Sub("data.nt");
        File.WriteAllText(file, "<http://e/x> <http://e/y> <http://e/z> .\n_:b <http://e/y> \"v\" .\n");
        var iri = new Uri(file).AbsoluteUri;
        var target = new StoreUpdateTarget(s.Store);
        Assert.Throws<SparqlUpdateException>(() => SparqlUpdateExecutor.Execute($"LOAD <{iri}>", target));
        Assert.Equal(0, QuadCount(s.Store));
        var result = SparqlUpdateExecutor.Execute($"LOAD <{iri}> INTO GRAPH <http://e/g>", target, new UpdateOptions { Loader = new FileGraphLoader(folder.Path) });
        Assert.Equal(2, result.Inserted);
        Assert.All(Dump(s.Store), line => Assert.EndsWith("<http://e/g>", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void WithinACallersWriteTheCallerCommitsOrRollsBack(string kind)
    {
        using var s = new StoreUnderTest(kind);
        using (var write = s.Store.BeginWrite())
        {
            var result = SparqlUpdateExecutor.Execute(Prefix + "INSERT DATA { :a :p 1 } ; INSERT { ?s :q ?o } WHERE { ?s :p ?o }",
                StoreUpdateTarget.Within(write, () => s.Store.OpenSnapshot()));
            Assert.Equal(2, result.Inserted);
            Assert.Equal(0, QuadCount(s.Store));
            write.Commit();
        }

        Assert.Equal(2, QuadCount(s.Store));
        using (var write = s.Store.BeginWrite())
        {
            Assert.Throws<SparqlUpdateException>(() => SparqlUpdateExecutor.Execute(Prefix + "CLEAR ALL ; DROP GRAPH :none",
                StoreUpdateTarget.Within(write, () => s.Store.OpenSnapshot())));
        }

        Assert.Equal(2, QuadCount(s.Store));
    }

    [Fact]
    public async Task ConcurrentReadersOnLmdbSeeTheStateBeforeOrAfterEachRequest()
    {
        const int batch = 40;
        const int rounds = 25;
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("store"), new LmdbStoreOptions { InitialMapSize = 64L << 20 });
        var target = new StoreUpdateTarget(store);
        using var stop = new CancellationTokenSource();
        var torn = 0;
        var reads = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var snapshot = store.OpenSnapshot();
                var source = new StoreQuadSource(snapshot);
                var first = source.Match(null, null, null, null).Count();

                // A snapshot keeps its state: reading it again after more commits gives the same count.
                Thread.Sleep(1);
                var second = source.Match(null, null, null, null).Count();
                Interlocked.Increment(ref reads);
                if (first % batch != 0 || first != second)
                {
                    Interlocked.Increment(ref torn);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        // Start writing only once both readers are reading (on a loaded machine they may start late).
        SpinWait.SpinUntil(() => Volatile.Read(ref reads) >= 2 || readers.Any(r => r.IsCompleted), TimeSpan.FromSeconds(30));

        for (var round = 0; round < rounds; round++)
        {
            // Each request moves the previous batch to another graph in three operations and adds a new batch: a reader
            // seeing a state between two operations would count a total that is not a multiple of the batch.
            var data = string.Join(" ", Enumerable.Range(0, batch).Select(i => $":r{round} :p {i} ."));
            SparqlUpdateExecutor.Execute(Prefix + $"ADD DEFAULT TO :old ; DELETE WHERE {{ ?s :p 0 }} ; CLEAR DEFAULT ; INSERT DATA {{ {data} }}", target);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(batch * rounds, QuadCount(store));
        Assert.True(reads > 0);
        Assert.Equal(0, torn);
    }

    private static string[] Dump(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        return new StoreQuadSource(snapshot).Match(null, null, null, null)
            .Select(q => q.InDefaultGraph ? $"{q.Subject} {q.Predicate} {q.Obj}" : $"{q.Subject} {q.Predicate} {q.Obj} {q.Graph}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static long QuadCount(IQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        return new StoreQuadSource(snapshot).Match(null, null, null, null).LongCount();
    }
}
