using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// Differential test of the whole LMDB read path under the SPARQL engine: random joins (1-4 patterns, constants and
/// shared variables, in the default graph or under GRAPH ?g) answered over an LMDB store through
/// <see cref="StoreQuadSource"/> (id reads from the cursor, the store-wide term cache, no hash-join switch) give the
/// rows the engine gives over an <see cref="InMemoryQuadSource"/> of the same quads; again with a fresh source (all
/// terms from the warm cache), and after a commit that deletes some quads and adds new terms.
/// </summary>
public sealed class EngineOverLmdbTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(2024)]
    public void Random_joins_agree_with_the_in_memory_source(int seed)
    {
        var random = new Random(seed);
        var quads = Data(random, 0).ToHashSet();
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 24, TermCacheCapacity = 64 });
        Write(store, quads, []);
        var queries = Enumerable.Range(0, 60).Select(_ => Query(random, quads.ToList())).ToList();
        AssertAgree(store, quads, queries);
        AssertAgree(store, quads, queries);

        var removed = quads.Where(_ => random.Next(4) == 0).ToList();
        var added = Data(random, 1).Take(120).ToList();
        Write(store, added, removed);
        quads.ExceptWith(removed);
        quads.UnionWith(added);
        AssertAgree(store, quads, queries.Concat(Enumerable.Range(0, 30).Select(_ => Query(random, quads.ToList()))).ToList());
    }

    private static void AssertAgree(LmdbQuadStore store, IReadOnlyCollection<Quad> quads, List<string> queries)
    {
        var memory = new InMemoryQuadSource(quads);
        using var snapshot = store.OpenSnapshot();
        var nonEmpty = 0;
        foreach (var query in queries)
        {
            var expected = Rows(new SparqlEngine(memory).Query(query));
            var actual = Rows(new SparqlEngine(new StoreQuadSource(snapshot)).Query(query));
            Assert.True(expected.SequenceEqual(actual), $"{query}\nexpected {expected.Count} rows, got {actual.Count}");
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        // Agreement on empty answers proves nothing: most queries must find rows.
        Assert.True(nonEmpty * 2 > queries.Count, $"only {nonEmpty} of {queries.Count} queries had rows");
    }

    private static List<string> Rows(QueryResult result) =>
        ((SolutionSequence)result).Rows.Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList();

    /// <summary>A small graph dense in joins: nodes link to nodes, with literals of several kinds, in three graphs.</summary>
    private static IEnumerable<Quad> Data(Random random, int generation)
    {
        for (var i = 0; i < 400; i++)
        {
            var subject = Node(random.Next(40));
            var predicate = new Iri("http://example.org/p" + random.Next(5));
            Term obj = random.Next(5) switch
            {
                0 => new Literal(random.Next(20).ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer),
                1 => new Literal($"a label long enough for the dictionary, number {random.Next(30)} of generation {generation}"),
                2 => new Literal("short" + random.Next(9), "en"),
                _ => Node(random.Next(40)),
            };
            Term graph = random.Next(3) switch
            {
                0 => DefaultGraph.Instance,
                1 => new Iri("http://example.org/g1"),
                _ => new Iri("http://example.org/g2"),
            };
            yield return new Quad(subject, predicate, obj, graph);
        }
    }

    private static Term Node(int i) => i % 13 == 0 ? new BlankNode("n" + i) : new Iri("http://example.org/n" + i);

    /// <summary>
    /// A random BGP generalized from a walk over the data (each next quad touches the last one, all in one graph): a
    /// position is the quad's term or the variable standing for that term, so the walk itself is one answer and joins
    /// find rows; a third of the queries ask a named graph through GRAPH ?g.
    /// </summary>
    private static string Query(Random random, List<Quad> quads)
    {
        var named = random.Next(3) == 0;
        var pool = quads.Where(q => q.Graph.IsDefaultGraph != named).ToList();
        var sample = pool[random.Next(pool.Count)];
        pool = pool.Where(q => q.Graph.Equals(sample.Graph)).ToList();
        var variables = new Dictionary<Term, string>();
        var patterns = new List<string>();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                var last = sample;
                var touching = pool.Where(q => q.Subject.Equals(last.Obj) || q.Subject.Equals(last.Subject) || q.Obj.Equals(last.Subject)).ToList();
                sample = touching.Count > 0 ? touching[random.Next(touching.Count)] : pool[random.Next(pool.Count)];
            }

            patterns.Add($"{Position(random, sample.Subject, variables)} {Position(random, sample.Predicate, variables, constantOdds: 3)} {Position(random, sample.Obj, variables)} .");
        }

        var body = string.Join(' ', patterns);
        return named ? $"SELECT * WHERE {{ GRAPH ?g {{ {body} }} }}" : $"SELECT * WHERE {{ {body} }}";
    }

    /// <summary>The term as a constant (never a blank node), or the query's variable for that term.</summary>
    private static string Position(Random random, Term term, Dictionary<Term, string> variables, int constantOdds = 4)
    {
        if (term is not BlankNode && random.Next(constantOdds) != 0 && random.Next(2) == 0)
        {
            return term.ToString();
        }

        if (!variables.TryGetValue(term, out var name))
        {
            name = "?v" + variables.Count;
            variables[term] = name;
        }

        return name;
    }

    private static void Write(LmdbQuadStore store, IEnumerable<Quad> inserts, IEnumerable<Quad> deletes)
    {
        using var txn = store.BeginWrite();
        foreach (var q in deletes)
        {
            txn.Delete(q);
        }

        foreach (var q in inserts)
        {
            txn.Insert(q);
        }

        txn.Commit();
    }
}
