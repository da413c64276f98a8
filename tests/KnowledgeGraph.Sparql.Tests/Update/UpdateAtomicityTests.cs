using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using static KnowledgeGraph.Sparql.Tests.Update.UpdateTestData;

namespace KnowledgeGraph.Sparql.Tests.Update;

/// <summary>A request commits all its operations or none; readers see the state before or after, never between.</summary>
public sealed class UpdateAtomicityTests
{
    [Fact]
    public void AFailureInTheThirdOperationLeavesEverythingAsBefore()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1"), Q("a", "p", "2", "g")]);
        var before = State(target);
        var e = Assert.Throws<SparqlUpdateException>(() => Run(target,
            "INSERT DATA { :x :y :z } ; DELETE WHERE { ?s :p ?o } ; DROP GRAPH :missing ; INSERT DATA { :never :y :z }"));
        Assert.Equal(2, e.OperationIndex);
        Assert.Equal(before, State(target));
        Assert.Empty(target.EmptyGraphs);
    }

    [Fact]
    public void ASyntaxErrorChangesNothing()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1")]);
        var e = Assert.Throws<SparqlParseException>(() => Run(target, "INSERT DATA { :x :y :z } ;\nDELETE DATA { ?x :y :z }"));
        Assert.Equal(3, e.Line);
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/1>"], State(target));
    }

    [Fact]
    public void CancellationChangesNothing()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1")]);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Run(target, "INSERT DATA { :x :y :z }", new UpdateOptions { Cancellation = cancel.Token }));
        Assert.Single(State(target));
    }

    [Fact]
    public void ARunawayWhereIsStoppedAtTheTimeoutAndChangesNothing()
    {
        var quads = Enumerable.Range(0, 400).Select(i => new Quad(E("n" + i), E("p"), new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var target = new InMemoryUpdateTarget(quads);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<QueryTimeoutException>(() => Run(target,
            "INSERT DATA { :x :y :z } ; INSERT { :r :s ?d } WHERE { ?a :p ?x . ?b :p ?y . ?c :p ?z . BIND(?x + ?y + ?z AS ?d) }",
            new UpdateOptions { Timeout = TimeSpan.FromMilliseconds(300) }));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Equal(400, State(target).Length);
    }

    [Fact]
    public async Task ConcurrentReadersSeeTheStateBeforeOrAfterEachRequest()
    {
        const int batch = 50;
        var target = new InMemoryUpdateTarget();
        using var stop = new CancellationTokenSource();
        var odd = 0;
        var reads = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var count = target.Current.Match(null, null, null, null).Count();
                Interlocked.Increment(ref reads);
                if (count % batch != 0)
                {
                    Interlocked.Increment(ref odd);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        // Start writing only once both readers are reading (on a loaded machine they may start late).
        SpinWait.SpinUntil(() => Volatile.Read(ref reads) >= 2 || readers.Any(r => r.IsCompleted), TimeSpan.FromSeconds(30));
        for (var round = 0; round < 40; round++)
        {
            var data = string.Join(" ", Enumerable.Range(0, batch).Select(i => $":r{round} :p {i} ."));
            Run(target, $"INSERT DATA {{ {data} }}");
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(40 * batch, State(target).Length);
        Assert.True(reads > 0);
        Assert.Equal(0, odd);
    }

    [Fact]
    public void WritersAreSerializedSoNoUpdateIsLost()
    {
        var target = new InMemoryUpdateTarget([new Quad(E("counter"), E("value"), new Literal("0", new Iri(KnowledgeGraph.Rdf.Vocabulary.Xsd.IntegerIri)))]);
        Parallel.For(0, 20, _ => Run(target, "DELETE { :counter :value ?v } INSERT { :counter :value ?n } WHERE { :counter :value ?v BIND(?v + 1 AS ?n) }"));
        var value = Assert.Single(target.Current.Match(E("counter"), E("value"), null, null)).Obj;
        Assert.Equal("20", ((Literal)value).LexicalForm);
    }
}
