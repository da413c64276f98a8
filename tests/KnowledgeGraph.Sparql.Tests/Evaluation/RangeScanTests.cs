using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Optimizer;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Tests.Shared;

using static KnowledgeGraph.Sparql.Tests.Evaluation.Differential;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// FILTER ranges read as range scans (<see cref="RangeRestriction"/>, <see cref="IQuadIdRangeSource"/>): random range
/// filters over objects of every datatype give the same answers with the scan and without it, and a q2-like query
/// starts from the range.
/// </summary>
public sealed partial class RangeScanTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void RandomRangeFiltersAgreeWithAndWithoutTheRangeScan()
    {
        var random = new Random(2026_11_25);
        var source = MixedGraph(random);
        var failures = new List<string>();
        var scanned = 0;
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomRangeQuery(random);
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
        Assert.True(scanned > 200, $"only {scanned} of 300 queries used a range scan");
        Assert.True(nonEmpty > 150, $"only {nonEmpty} of 300 queries had answers");
    }

    /// <summary>The range scan hands the BGP fewer rows than the whole predicate, and never one the FILTER would keep less.</summary>
    [Fact]
    public void TheRangeScanReadsOnlyTheRangeAndKeepsEveryAcceptedObject()
    {
        var random = new Random(7);
        var source = MixedGraph(random);
        var ranges = (IQuadIdRangeSource)source;
        var ids = source.Ids;
        Assert.True(ids.TryLookup(new Iri(Ex + "v"), out var v));
        var all = ids.Match(null, v, null, 0).ToList();
        var cut = 0;
        for (var i = 0; i < 200; i++)
        {
            var condition = RandomCondition(random, "?v");
            var filter = (Filter)((Project)KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery($"SELECT * WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}").Pattern).Input;
            if (!RangeRestriction.Find(filter.Condition).TryGetValue(new Variable("v"), out var range))
            {
                continue;
            }

            var scanned = ranges.MatchRange(v, range, 0)!.ToHashSet();
            var accepted = TestData.Rows(source, $"SELECT ?s ?v WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}", new EvaluationOptions { Optimize = false });
            var kept = all.Where(q => scanned.Contains(q)).Select(q => Row(ids.Decode(q.Subject), ids.Decode(q.Obj))).ToHashSet();
            Assert.All(accepted, row => Assert.Contains(row, kept));
            cut += scanned.Count < all.Count / 2 ? 1 : 0;
        }

        Assert.True(cut > 50, $"only {cut} ranges read less than half of the predicate");
    }

    /// <summary>
    /// YEAR(?d) = n reads the local year and a date comparison the timeline: "2021-01-01+14:00" is in 2021 by YEAR
    /// though it starts in 2020 in UTC; the range (a superset) and the kept FILTER answer exactly YEAR's rows.
    /// </summary>
    [Fact]
    public void YearEqualsIsAScanOfTheLocalYearAndTheFilterDecides()
    {
        var source = TestData.Source($"""
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <{Ex}a> <{Ex}d> "2021-01-01+14:00"^^xsd:date . <{Ex}b> <{Ex}d> "2020-12-31-14:00"^^xsd:date .
            <{Ex}c> <{Ex}d> "2021-12-31T23:59:59-14:00"^^xsd:dateTime . <{Ex}e> <{Ex}d> "2022-01-01T00:00:00Z"^^xsd:dateTime .
            <{Ex}f> <{Ex}d> "2021-06-01"^^xsd:date . <{Ex}g> <{Ex}d> "2021"^^xsd:gYear . <{Ex}h> <{Ex}d> "2021-06-01"^^xsd:string .
            <{Ex}i> <{Ex}d> "2021-07-01T10:00:00"^^xsd:dateTimeStamp .
            """);
        var query = $"SELECT ?s WHERE {{ ?s <{Ex}d> ?d FILTER(YEAR(?d) = 2021) }}";
        var rows = TestData.Rows(source, query);
        Assert.Equal(TestData.Rows(new WithoutRanges(source), query), rows);
        Assert.Equal([$"?s=<{Ex}a>", $"?s=<{Ex}c>", $"?s=<{Ex}f>"], rows);
        Assert.Contains("range scan of the first pattern: LocalDateOrDateTime", new SparqlEngine(source).Explain(query), StringComparison.Ordinal);

        // q7's shape: the FILTER over a BIND in a UNION branch still reaches the BGP, which starts from the range.
        var q7 = $"SELECT ?s ?r WHERE {{ {{ ?s <{Ex}d> ?d . ?s ?p ?o FILTER(YEAR(?d) = 2021) BIND(\"y\" AS ?r) }} UNION {{ BIND(\"n\" AS ?r) }} }}";
        Assert.Equal(TestData.Rows(new WithoutRanges(source), q7), TestData.Rows(source, q7));
        Assert.Contains($"range scan of the first pattern: LocalDateOrDateTime [\"2021-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>, \"2022-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>)] (?s <{Ex}d> ?d) (?s ?p ?o)", new SparqlEngine(source).Explain(q7), StringComparison.Ordinal);
    }

    /// <summary>
    /// q2's shape in small: events dated over ten years, each in a settlement of a district of a province. The plan
    /// starts from the date range (not from the 20 provinces, the cheapest pattern alone) and the BGP reads about
    /// the range's share of the events.
    /// </summary>
    [Fact]
    public void AQ2LikeQueryStartsFromTheDateRange()
    {
        var source = Hierarchy(new Random(3));
        var query = $$"""
            PREFIX ex: <{{Ex}}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?event ?date ?province WHERE {
              ?event a ex:Attack ; ex:date ?date ; ex:place ?settlement .
              ?settlement ex:partOf ?district . ?district a ex:District ; ex:partOf ?province .
              ?province a ex:Province ; ex:label ?label .
              FILTER (?date >= "2020-01-01"^^xsd:date && ?date < "2020-07-01"^^xsd:date)
            }
            """;
        var explain = new SparqlEngine(source).Explain(query);
        var bgp = explain.Split('\n').Single(l => l.TrimStart().StartsWith("(bgp", StringComparison.Ordinal));
        Assert.StartsWith($"(bgp [range scan of the first pattern: Date", bgp.TrimStart(), StringComparison.Ordinal);
        Assert.Contains($"] (?event <{Ex}date> ?date)", bgp, StringComparison.Ordinal);
        var actual = long.Parse(ActualRows().Match(bgp).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(actual, 1, 4000 / 15);

        var rows = TestData.Rows(source, query);
        Assert.NotEmpty(rows);
        Assert.Equal(TestData.Rows(new WithoutRanges(source), query), rows);
        Assert.DoesNotContain("range scan", new SparqlEngine(new WithoutRanges(source)).Explain(query), StringComparison.Ordinal);
    }

    /// <summary>The in-memory source's sorted arrays are built on first use and dropped when a quad is added.</summary>
    [Fact]
    public void AQuadAddedAfterARangeScanIsFoundByTheNext()
    {
        var source = TestData.Source($"<{Ex}a> <{Ex}n> 5 . <{Ex}b> <{Ex}n> 50 .");
        var query = $"SELECT ?s WHERE {{ ?s <{Ex}n> ?n FILTER(?n > 1 && ?n < 10) }}";
        Assert.Equal([$"?s=<{Ex}a>"], TestData.Rows(source, query));
        source.Add(new Quad(new Iri(Ex + "c"), new Iri(Ex + "n"), new Literal("7.5", KnowledgeGraph.Rdf.Vocabulary.Xsd.Decimal)));
        Assert.Equal([$"?s=<{Ex}a>", $"?s=<{Ex}c>"], TestData.Rows(source, query));
        Assert.Contains("range scan", new SparqlEngine(source).Explain(query), StringComparison.Ordinal);
    }

    /// <summary>A more selective start still wins: one province by its label, or one event by its IRI, before the date range.</summary>
    [Theory]
    [InlineData("?province ex:label \"P3\"@en .", "(?province <http://example.org/label> \"P3\"@en)")]
    [InlineData("ex:event7 ex:place ?settlement .", "(<http://example.org/event7> <http://example.org/place> ?settlement)")]
    [InlineData("", "[range scan")]
    public void TheRangeStartsTheBgpOnlyWhenItIsTheMostSelectiveStart(string extra, string first)
    {
        var source = Hierarchy(new Random(3));
        var query = $$"""
            PREFIX ex: <{{Ex}}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT * WHERE {
              ?event ex:date ?date ; ex:place ?settlement . ?settlement ex:partOf ?district . ?district ex:partOf ?province . {{extra}}
              FILTER (?date >= "2020-01-01"^^xsd:date && ?date < "2020-07-01"^^xsd:date)
            }
            """;
        var explain = new SparqlEngine(source).Explain(query);
        var bgp = explain.Split('\n').First(l => l.TrimStart().StartsWith("(bgp", StringComparison.Ordinal)).TrimStart();
        Assert.StartsWith("(bgp " + first, bgp, StringComparison.Ordinal);
        Assert.Equal(TestData.Rows(new WithoutRanges(source), query), TestData.Rows(source, query));
    }

    [Theory]
    [InlineData("?v >= 3 && ?v < 7", "Numeric [\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>, \"7\"^^<http://www.w3.org/2001/XMLSchema#integer>)")]
    [InlineData("3 < ?v", "Numeric (\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>, )")]
    [InlineData("?v <= \"b\"", "String (, \"b\"]")]
    [InlineData("\"2020-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> > ?v", "DateTime (, \"2020-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>)")]
    [InlineData("YEAR(?v) = 2021", "LocalDateOrDateTime [\"2021-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>, \"2022-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>)")]
    [InlineData("?v < \"b\"@en", null)]
    [InlineData("?v < \"NaN\"^^<http://www.w3.org/2001/XMLSchema#double>", null)]
    [InlineData("?v < <http://example.org/x>", null)]
    [InlineData("?v = 3", null)]
    [InlineData("?v < true", null)]
    [InlineData("YEAR(?v) = 2021.5", null)]
    public void RangesAreReadFromComparisonsWithOrderedConstants(string condition, string? expected)
    {
        var filter = (Filter)((Project)KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery($"SELECT * WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}").Pattern).Input;
        var ranges = RangeRestriction.Find(filter.Condition);
        Assert.Equal(expected, ranges.TryGetValue(new Variable("v"), out var range) ? range.ToString() : null);
    }

    private static string Row(Term s, Term v) => $"?s={s} ?v={v}";

    private static InMemoryQuadSource MixedGraph(Random random)
    {
        var source = new InMemoryQuadSource();
        for (var i = 0; i < 400; i++)
        {
            var s = new Iri(Ex + "s" + random.Next(250));
            source.Add(new Quad(s, new Iri(Ex + "v"), MixedLiterals.Value(random)));
            source.Add(new Quad(s, new Iri(Ex + "w"), new Iri(Ex + "w" + random.Next(10))));
        }

        return source;
    }

    private static InMemoryQuadSource Hierarchy(Random random)
    {
        var source = new InMemoryQuadSource();
        var type = new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        for (var p = 0; p < 20; p++)
        {
            var province = new Iri(Ex + "province" + p);
            source.Add(new Quad(province, type, new Iri(Ex + "Province")));
            source.Add(new Quad(province, new Iri(Ex + "label"), new Literal("P" + p, "en")));
            for (var d = 0; d < 5; d++)
            {
                var district = new Iri(Ex + $"district{p}-{d}");
                source.Add(new Quad(district, type, new Iri(Ex + "District")));
                source.Add(new Quad(district, new Iri(Ex + "partOf"), province));
                for (var s = 0; s < 4; s++)
                {
                    source.Add(new Quad(new Iri(Ex + $"settlement{p}-{d}-{s}"), new Iri(Ex + "partOf"), district));
                }
            }
        }

        var start = new DateOnly(2015, 1, 1);
        for (var e = 0; e < 4000; e++)
        {
            var ev = new Iri(Ex + "event" + e);
            source.Add(new Quad(ev, type, new Iri(Ex + (e % 4 == 0 ? "Protest" : "Attack"))));
            var date = start.AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            source.Add(new Quad(ev, new Iri(Ex + "date"), new Literal(date, KnowledgeGraph.Rdf.Vocabulary.Xsd.Date)));
            source.Add(new Quad(ev, new Iri(Ex + "place"), new Iri(Ex + $"settlement{random.Next(20)}-{random.Next(5)}-{random.Next(4)}")));
        }

        return source;
    }

    private static string RandomRangeQuery(Random random)
    {
        var condition = RandomCondition(random, "?v");
        if (random.Next(4) == 0)
        {
            condition += " && " + RandomCondition(random, "?v");
        }

        return random.Next(3) == 0
            ? $"SELECT ?s ?v ?x WHERE {{ ?s <{Ex}w> ?x . ?s <{Ex}v> ?v FILTER({condition}) }}"
            : $"SELECT ?s ?v WHERE {{ ?s <{Ex}v> ?v FILTER({condition}) }}";
    }

    private static string RandomCondition(Random random, string variable)
    {
        if (random.Next(8) == 0)
        {
            return $"YEAR({variable}) = {2019 + random.Next(3)}";
        }

        var op = new[] { "<", "<=", ">", ">=" }[random.Next(4)];
        var constant = MixedLiterals.Bound(random).ToString();
        return random.Next(3) == 0 ? $"{constant} {op} {variable}" : $"{variable} {op} {constant}";
    }

    [GeneratedRegex(@"actual=(\d+)")]
    private static partial Regex ActualRows();

    /// <summary>The same source without its range capability: the rule off.</summary>
    private sealed class WithoutRanges(InMemoryQuadSource inner) : IQuadSource, IQuadIdSource
    {
        private readonly IQuadIdSource _ids = inner.Ids;

        public IQuadIdSource Ids => this;

        public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.Match(subject, predicate, obj, graph);

        public IEnumerable<Term> NamedGraphs() => inner.NamedGraphs();

        public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.EstimateCardinality(subject, predicate, obj, graph);

        public bool TryLookup(Term term, out long id) => _ids.TryLookup(term, out id);

        public Term Decode(long id) => _ids.Decode(id);

        public IEnumerable<QuadIds> Match(long? subject, long? predicate, long? obj, long? graph) => _ids.Match(subject, predicate, obj, graph);
    }
}
