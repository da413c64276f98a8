using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Maintenance;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// Property test: random transactions of inserts and deletes against a HashSet reference; after each commit
/// every pattern shape (each subset of S, P, O bound, graph any / default / named / union) answers exactly
/// what the reference says, counts agree, and the checker finds the indexes consistent.
/// </summary>
public sealed class IndexAgreementTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Random_inserts_and_deletes_agree_with_a_reference_set(string kind, int seed)
    {
        using var sut = new StoreUnderTest(kind);
        var gen = new QuadGenerator(seed);
        var reference = new HashSet<Quad>();
        for (var round = 0; round < 12; round++)
        {
            using (var txn = sut.Store.BeginWrite())
            {
                var ops = 1 + gen.Next(round < 3 ? 150 : 40);
                for (var i = 0; i < ops; i++)
                {
                    var q = gen.Quad();
                    if (gen.Next(3) == 0)
                    {
                        txn.Delete(q);
                        reference.Remove(q);
                    }
                    else
                    {
                        txn.Insert(q);
                        reference.Add(q);
                    }
                }

                // Deleting quads that are surely present, too.
                foreach (var q in reference.Where(_ => gen.Next(10) == 0).ToList())
                {
                    txn.Delete(q);
                    reference.Remove(q);
                }

                txn.Commit();
            }

            AssertAgrees(sut.Store, reference, gen);
        }

        Assert.Empty(StoreChecker.Check(sut.Store));
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in new[] { "memory", "lmdb" })
        {
            foreach (var seed in new[] { 1, 2, 3, 42 })
            {
                data.Add(kind, seed);
            }
        }

        return data;
    }

    private static void AssertAgrees(IQuadStore store, HashSet<Quad> reference, QuadGenerator gen)
    {
        using var snapshot = store.OpenSnapshot();
        using var union = store.OpenSnapshot(unionDefaultGraph: true);
        Assert.Equal(reference.Count, snapshot.Statistics.QuadCount);
        Assert.Equal(reference.Select(q => q.Subject).Distinct().Count(), snapshot.Statistics.DistinctSubjects);
        Assert.Equal(reference.Select(q => q.Obj).Distinct().Count(), snapshot.Statistics.DistinctObjects);
        foreach (var group in reference.GroupBy(q => q.Predicate))
        {
            Assert.True(snapshot.TryGetId(group.Key, out var p));
            Assert.Equal(group.Count(), snapshot.Statistics.PerPredicate[p]);
        }

        // A probe quad: sometimes one in the store, sometimes a random one (possibly absent, possibly unknown terms).
        for (var probe = 0; probe < 6; probe++)
        {
            var sample = reference.Count > 0 && gen.Next(3) > 0 ? reference.ElementAt(gen.Next(reference.Count)) : gen.Quad();
            for (var mask = 0; mask < 8; mask++)
            {
                foreach (var graphMode in new[] { "any", "exact", "default" })
                {
                    var s = (mask & 1) != 0 ? sample.Subject : null;
                    var p = (mask & 2) != 0 ? sample.Predicate : null;
                    var o = (mask & 4) != 0 ? sample.Obj : null;
                    Term? g = graphMode switch { "any" => null, "exact" => sample.Graph, _ => DefaultGraph.Instance };
                    Check(snapshot, reference, s, p, o, g, union: false);
                    Check(union, reference, s, p, o, g, union: true);
                }
            }
        }
    }

    private static void Check(IStoreSnapshot snapshot, HashSet<Quad> reference, Term? s, Term? p, Term? o, Term? g, bool union)
    {
        var expected = reference.Where(q =>
                (s is null || q.Subject.Equals(s)) && (p is null || q.Predicate.Equals(p)) && (o is null || q.Obj.Equals(o))
                && (g is null || (union && g.IsDefaultGraph) || q.Graph.Equals(g)))
            .Select(q => union && g is not null && g.IsDefaultGraph ? q with { Graph = DefaultGraph.Instance } : q)
            .Distinct()
            .Select(q => q.ToString())
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();

        var pattern = new QuadPattern();
        foreach (var (term, set) in new (Term? Term, Func<QuadPattern, TermId, QuadPattern> Set)[]
                 {
                     (s, (pt, id) => pt with { Subject = id }), (p, (pt, id) => pt with { Predicate = id }),
                     (o, (pt, id) => pt with { Obj = id }), (g, (pt, id) => pt with { Graph = id }),
                 })
        {
            if (term is null)
            {
                continue;
            }

            if (!snapshot.TryGetId(term, out var id))
            {
                Assert.Empty(expected);
                return;
            }

            pattern = set(pattern, id);
        }

        var actual = snapshot.Match(pattern)
            .Select(q => new Quad(snapshot.Decode(q.Subject), (Iri)snapshot.Decode(q.Predicate), snapshot.Decode(q.Obj), snapshot.Decode(q.Graph)).ToString())
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
        AssertIdReadsAgree(snapshot, pattern);

        var estimate = snapshot.Estimate(pattern);
        if (estimate.IsExact)
        {
            Assert.Equal(expected.Count, estimate.Count);
        }
        else
        {
            Assert.True(estimate.Count >= expected.Count, $"estimate {estimate.Count} below {expected.Count}");
        }
    }

    /// <summary>
    /// The id-quad read paths (LMDB's straight-from-the-cursor reads; the engine's <see cref="IQuadIdSource"/> over any
    /// backend) give exactly the quads of <see cref="IStoreSnapshot.Match"/>, the reference path.
    /// </summary>
    private static void AssertIdReadsAgree(IStoreSnapshot snapshot, QuadPattern pattern)
    {
        var reference = snapshot.Match(pattern)
            .Select(q => new QuadIds((long)q.Subject.Value, (long)q.Predicate.Value, (long)q.Obj.Value, (long)q.Graph.Value))
            .Order(QuadIdsOrder.Instance)
            .ToList();
        if (snapshot is ISnapshotIdReads reads)
        {
            Assert.Equal(reference, reads.MatchIds(pattern).Order(QuadIdsOrder.Instance));
            var filled = new List<QuadIds> { new(1, 2, 3, 4) };
            reads.MatchInto(pattern, filled);
            Assert.Equal(new QuadIds(1, 2, 3, 4), filled[0]);
            Assert.Equal(reference, filled.Skip(1).Order(QuadIdsOrder.Instance));
        }

        IQuadIdSource ids = new StoreQuadSource(snapshot);
        long? Id(TermId? id) => id is { } v ? (long)v.Value : null;
        Assert.Equal(reference, ids.Match(Id(pattern.Subject), Id(pattern.Predicate), Id(pattern.Obj), Id(pattern.Graph)).Order(QuadIdsOrder.Instance));
        var into = new List<QuadIds>();
        ids.MatchInto(Id(pattern.Subject), Id(pattern.Predicate), Id(pattern.Obj), Id(pattern.Graph), into);
        Assert.Equal(reference, into.Order(QuadIdsOrder.Instance));
    }
}

/// <summary>Orders id quads by S, P, O, G (for comparing answers as multisets).</summary>
internal sealed class QuadIdsOrder : IComparer<QuadIds>
{
    public static QuadIdsOrder Instance { get; } = new();

    public int Compare(QuadIds x, QuadIds y)
    {
        var c = x.Subject.CompareTo(y.Subject);
        c = c != 0 ? c : x.Predicate.CompareTo(y.Predicate);
        c = c != 0 ? c : x.Obj.CompareTo(y.Obj);
        return c != 0 ? c : x.Graph.CompareTo(y.Graph);
    }
}
