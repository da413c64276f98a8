using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Optimizer;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Sparql;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// The store's range scan over inline ids (StoreQuadSource.Range) on both backends: random range FILTERs over objects
/// of every datatype answer the same with the scan and without it, the scan keeps every object the FILTER accepts,
/// reads a short date range by seeks (far fewer quads than the predicate), and works in a named graph.
/// </summary>
public sealed class RangeScanStoreTests
{
    private const string Ex = "http://example.org/";

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void RandomRangeFiltersAgreeWithAndWithoutTheRangeScan(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var random = new Random(kind == "lmdb" ? 11 : 12);
        Load(sut.Store, random, graph: null);
        using var snapshot = sut.Store.OpenSnapshot();
        var source = new StoreQuadSource(snapshot);
        var failures = new List<string>();
        var scanned = 0;
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var condition = RandomCondition(random);
            var query = random.Next(3) == 0
                ? $"SELECT ?s ?v ?x WHERE {{ ?s <{Ex}w> ?x . ?s <{Ex}v> ?v FILTER({condition}) }}"
                : $"SELECT ?s ?v WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}";
            var on = Answer(source, query, optimize: true);
            var off = Answer(new WithoutRanges(source), query, optimize: true);
            var plain = Answer(new WithoutRanges(source), query, optimize: false);
            if (!on.SequenceEqual(off) || !on.SequenceEqual(plain))
            {
                failures.Add($"{query}\n  range: {on.Count} rows, no range: {off.Count} rows, plain: {plain.Count} rows");
            }

            nonEmpty += on.Count > 0 ? 1 : 0;
            scanned += new SparqlEngine(source).Explain(query).Contains("range scan", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(scanned > 150, $"only {scanned} of 300 queries used a range scan");
        Assert.True(nonEmpty > 150, $"only {nonEmpty} of 300 queries had answers");
    }

    /// <summary>Every quad whose object the FILTER accepts is among the scanned ones, in the default and in a named graph.</summary>
    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void TheScanKeepsEveryAcceptedObject(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var random = new Random(5);
        Load(sut.Store, random, graph: null);
        Load(sut.Store, random, graph: new Iri(Ex + "g"));
        using var snapshot = sut.Store.OpenSnapshot();
        var source = new StoreQuadSource(snapshot);
        IQuadIdSource ids = source;
        IQuadIdRangeSource ranges = source;
        Assert.True(ids.TryLookup(new Iri(Ex + "v"), out var v));
        Assert.True(ids.TryLookup(new Iri(Ex + "g"), out var g));
        var checkedRanges = 0;
        for (var i = 0; i < 300; i++)
        {
            var condition = RandomCondition(random);
            if (!RangeRestriction.Find(ParseFilter(condition)).TryGetValue(new Variable("v"), out var range))
            {
                continue;
            }

            foreach (var (graph, id) in new[] { ("", 0L), ($"<{Ex}g>", g) })
            {
                var scanned = ranges.MatchRange(v, range, id)!.Select(q => $"?s={ids.Decode(q.Subject)} ?v={ids.Decode(q.Obj)}").ToHashSet();
                var query = graph.Length == 0
                    ? $"SELECT ?s ?v WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}"
                    : $"SELECT ?s ?v WHERE {{ GRAPH {graph} {{ ?s <{Ex}v> ?v FILTER({condition}) }} }}";
                var accepted = Answer(new WithoutRanges(source), query, optimize: false);
                Assert.All(accepted, row => Assert.Contains(row, scanned));
            }

            checkedRanges++;
        }

        Assert.True(checkedRanges > 200, $"only {checkedRanges} conditions were ranges");
    }

    /// <summary>A half-year of dates among ten years is read by seeks: about a twentieth of the predicate, and exactly the FILTER's rows.</summary>
    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void AShortDateRangeReadsOnlyItsDays(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var random = new Random(9);
        var start = new DateOnly(2015, 1, 1);
        using (var txn = sut.Store.BeginWrite())
        {
            for (var e = 0; e < 3000; e++)
            {
                var date = start.AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (e % 10 == 0 ? "Z" : "");
                txn.Insert(new Quad(new Iri(Ex + "e" + e), new Iri(Ex + "date"), new Literal(date, KnowledgeGraph.Rdf.Vocabulary.Xsd.Date)));
            }

            txn.Commit();
        }

        using var snapshot = sut.Store.OpenSnapshot();
        var source = new StoreQuadSource(snapshot);
        var condition = "?d >= \"2020-01-01\"^^<http://www.w3.org/2001/XMLSchema#date> && ?d < \"2020-07-01\"^^<http://www.w3.org/2001/XMLSchema#date>";
        var range = RangeRestriction.Find(ParseFilter(condition.Replace("?d", "?v", StringComparison.Ordinal)))[new Variable("v")];
        IQuadIdSource ids = source;
        Assert.True(ids.TryLookup(new Iri(Ex + "date"), out var p));
        var scanned = ((IQuadIdRangeSource)source).MatchRange(p, range, 0)!.Count();
        var estimate = ((IQuadIdRangeSource)source).EstimateRange(new Iri(Ex + "date"), range);
        var query = $"SELECT ?e ?d WHERE {{ ?e <{Ex}date> ?d FILTER({condition}) }}";
        var rows = Answer(source, query, optimize: true);
        Assert.Equal(Answer(new WithoutRanges(source), query, optimize: true), rows);
        Assert.InRange(rows.Count, 100, scanned);
        Assert.InRange(scanned, rows.Count, rows.Count + 30);
        Assert.Equal(scanned, estimate);
    }

    private static Expression ParseFilter(string condition) =>
        ((Filter)((Project)KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery($"SELECT * WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}").Pattern).Input).Condition;

    private static void Load(IQuadStore store, Random random, Iri? graph)
    {
        using var txn = store.BeginWrite();
        for (var i = 0; i < 400; i++)
        {
            var s = new Iri(Ex + "s" + random.Next(250));
            txn.Insert(new Quad(s, new Iri(Ex + "v"), MixedLiterals.Value(random), graph ?? (Term)DefaultGraph.Instance));
            txn.Insert(new Quad(s, new Iri(Ex + "w"), new Iri(Ex + "w" + random.Next(10)), graph ?? (Term)DefaultGraph.Instance));
        }

        txn.Commit();
    }

    private static string RandomCondition(Random random)
    {
        var condition = Comparison(random);
        return random.Next(4) == 0 ? condition + " && " + Comparison(random) : condition;

        static string Comparison(Random random)
        {
            if (random.Next(8) == 0)
            {
                return $"YEAR(?v) = {2019 + random.Next(3)}";
            }

            var op = new[] { "<", "<=", ">", ">=" }[random.Next(4)];
            var constant = MixedLiterals.Bound(random).ToString();
            return random.Next(3) == 0 ? $"{constant} {op} ?v" : $"?v {op} {constant}";
        }
    }

    private static List<string> Answer(IQuadSource source, string query, bool optimize)
    {
        var result = (SolutionSequence)new SparqlEngine(source, new EvaluationOptions { Optimize = optimize }).Query(query);
        return [.. result.Rows.Select(r => string.Join(" ", r.Bindings.Select(b => $"?{b.Key}={b.Value}"))).Order(StringComparer.Ordinal)];
    }

    /// <summary>The same source without its range capability: the rule off.</summary>
    private sealed class WithoutRanges(StoreQuadSource inner) : IQuadSource, IQuadIdSource
    {
        private readonly IQuadIdSource _ids = inner;

        public IQuadIdSource Ids => this;

        public int SeekCostInQuads => _ids.SeekCostInQuads;

        public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.Match(subject, predicate, obj, graph);

        public IEnumerable<Term> NamedGraphs() => inner.NamedGraphs();

        public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.EstimateCardinality(subject, predicate, obj, graph);

        public bool TryLookup(Term term, out long id) => _ids.TryLookup(term, out id);

        public Term Decode(long id) => _ids.Decode(id);

        public IEnumerable<QuadIds> Match(long? subject, long? predicate, long? obj, long? graph) => _ids.Match(subject, predicate, obj, graph);
    }
}
