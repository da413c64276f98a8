using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The DateOrDateTime scalar (filters, validation) and group-by date buckets, checked against the seed files read directly.</summary>
public sealed class DateAndGroupingTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string Kg = "https://w3id.org/newskg/ont#";

    /// <summary>Every event of the seed files with its types and start dates, read from the files (not through SPARQL).</summary>
    private List<(string Event, List<string> Types, List<string> Dates)> Events()
    {
        var quads = Directory.GetFiles(Path.Combine(seed.Root, "seed-data"), "*.trig").SelectMany(f => SeedFixture.ReadFile(f, RdfFormat.TriG)).ToList();
        var events = quads.Where(q => q.Predicate.Value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" && q.Obj is Iri { Value: Kg + "Event" })
            .Select(q => ((Iri)q.Subject).Value).Distinct().ToList();
        List<string> Values(string e, string p) => quads.Where(q => q.Subject is Iri s && s.Value == e && q.Predicate.Value == Kg + p)
            .Select(q => q.Obj is Iri i ? i.Value : ((Literal)q.Obj).LexicalForm).Distinct().ToList();
        return events.Select(e => (e, Values(e, "eventType"), Values(e, "startDate"))).ToList();
    }

    [Fact]
    public void Events_per_type_per_month_match_the_files()
    {
        var expected = new Dictionary<string, HashSet<string>>();
        foreach (var (e, types, dates) in Events())
        {
            foreach (var type in types.DefaultIfEmpty(""))
            {
                foreach (var month in dates.Select(d => d[..7]).DefaultIfEmpty(""))
                {
                    var key = type + "|" + month;
                    if (!expected.TryGetValue(key, out var set))
                    {
                        expected[key] = set = [];
                    }

                    set.Add(e);
                }
            }
        }

        var data = seed.Service.Data("{ eventAggregate(group: [{ field: EVENT_TYPE }, { field: START_DATE, bucket: MONTH }]) { key count } }");
        var actual = data.GetProperty("eventAggregate").EnumerateArray().ToDictionary(
            r => (r.GetProperty("key")[0].GetString() ?? "") + "|" + (r.GetProperty("key")[1].GetString() ?? ""),
            r => r.GetProperty("count").GetInt32());
        Assert.Equal(expected.ToDictionary(kv => kv.Key, kv => kv.Value.Count).OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
        Assert.Contains(actual.Keys, k => k.EndsWith("|2021-07", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_by_keeps_plain_fields_first_and_buckets_by_year()
    {
        var data = seed.Service.Data("{ eventAggregate(groupBy: [TIME_PRECISION], group: [{ field: START_DATE, bucket: YEAR }]) { key count } }");
        var rows = data.GetProperty("eventAggregate").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.True(r.GetProperty("key")[1].ValueKind == JsonValueKind.Null || r.GetProperty("key")[1].GetString()!.Length == 4));
        Assert.Contains(rows, r => r.GetProperty("key")[0].GetString() == "https://w3id.org/newskg/vocab/day" && r.GetProperty("key")[1].GetString() == "2021");
    }

    [Fact]
    public void Date_filters_compare_a_date_with_the_day_of_the_value()
    {
        var events = Events();
        var onDay = events.Count(e => e.Dates.Any(d => d.StartsWith("2021-07-20", StringComparison.Ordinal)));
        var fromNextDay = events.Count(e => e.Dates.Any(d => string.CompareOrdinal(d[..Math.Min(10, d.Length)], "2021-07-21") >= 0));
        Assert.True(onDay > 0);
        var data = seed.Service.Data("""{ a: events(where: { startDate: { eq: "2021-07-20" } }) { totalCount } b: events(where: { startDate: { gte: "2021-07-21" } }) { totalCount } c: events(where: { startDate: { in: ["2021-07-20", "1999-01-01"] } }) { totalCount } }""");
        Assert.Equal(onDay, data.GetProperty("a").GetProperty("totalCount").GetInt32());
        Assert.Equal(fromNextDay, data.GetProperty("b").GetProperty("totalCount").GetInt32());
        Assert.Equal(onDay, data.GetProperty("c").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_malformed_date_or_a_bucket_on_a_non_date_field_is_an_error()
    {
        var bad = await seed.Service.ExecuteAsync("""{ events(where: { startDate: { eq: "20/07/2021" } }) { totalCount } }""");
        Assert.True(bad.HasErrors);
        Assert.Contains("20/07/2021", bad.Json, StringComparison.Ordinal);
        var bucket = await seed.Service.ExecuteAsync("{ eventAggregate(group: [{ field: LABEL, bucket: MONTH }]) { count } }");
        Assert.Contains("needs a date field", bucket.Json, StringComparison.Ordinal);
    }
}
