using System.Globalization;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// Random objects of every kind a range FILTER meets: dates and dateTimes with and without timezones (up to +-14:00),
/// canonical and non-canonical integers, decimals, doubles (NaN, INF), floats, short and long strings, xsd:token,
/// language-tagged strings, IRIs, booleans, ill-typed literals; and random bounds of the ordered kinds.
/// Values cluster around 2020 and 0 so that ranges cut through them.
/// </summary>
internal static class MixedLiterals
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static Term Value(Random random) => random.Next(16) switch
    {
        0 or 1 => Typed(Date(random) + (random.Next(2) == 0 ? "" : Zone(random)), "date"),
        2 or 3 => Typed(DateTime(random) + (random.Next(2) == 0 ? "" : Zone(random)), "dateTime"),
        4 or 5 => Typed(Integer(random), "integer"),
        6 => Typed(random.Next(3) switch { 0 => "+" + random.Next(10), 1 => "0" + random.Next(10), _ => Integer(random) }, random.Next(2) == 0 ? "integer" : "int"),
        7 => Typed(Decimal(random), "decimal"),
        8 => Typed(random.Next(6) switch { 0 => "NaN", 1 => "INF", 2 => "-INF", _ => Decimal(random) + "E0" }, random.Next(4) == 0 ? "float" : "double"),
        9 => new Literal(Text(random)),
        10 => new Literal(Text(random) + "-a-long-tail"),
        11 => new Literal(Text(random), random.Next(2) == 0 ? "en" : "fr"),
        12 => new Iri("http://example.org/o" + random.Next(5)),
        13 => Typed(random.Next(2) == 0 ? "true" : "false", "boolean"),
        14 => Typed(Text(random), random.Next(2) == 0 ? "token" : "string"),
        _ => random.Next(5) switch
        {
            0 => Typed("2020-13-01", "date"),
            1 => Typed("x" + random.Next(9), "integer"),
            2 => Typed(DateTime(random) + Zone(random), "dateTimeStamp"),
            3 => Typed("2020-02-30T00:00:00", "dateTime"),
            _ => Typed("1.2.3", "decimal"),
        },
    };

    public static Literal Bound(Random random) => random.Next(7) switch
    {
        0 => Typed(Date(random), "date"),
        1 => Typed(Date(random) + Zone(random), "date"),
        2 => Typed(DateTime(random) + (random.Next(2) == 0 ? "" : Zone(random)), "dateTime"),
        3 => Typed(Integer(random), "integer"),
        4 => Typed(Decimal(random), random.Next(2) == 0 ? "decimal" : "double"),
        _ => new Literal(Text(random)),
    };

    private static Literal Typed(string lexical, string type) => new(lexical, new Iri(Xsd + type));

    /// <summary>Mostly days next to each other and to a year's end, so that timezones decide comparisons and YEAR().</summary>
    private static string Date(Random random) => random.Next(3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{2019 + random.Next(3)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}"),
        1 => new[] { "2020-02-28", "2020-02-29", "2020-03-01", "2020-03-02" }[random.Next(4)],
        _ => new[] { "2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01" }[random.Next(4)],
    };

    private static string DateTime(Random random)
    {
        var date = Date(random);
        var fraction = random.Next(3) == 0 ? "." + random.Next(1000).ToString("000", CultureInfo.InvariantCulture) : "";
        return string.Create(CultureInfo.InvariantCulture, $"{date}T{random.Next(24):00}:{random.Next(60):00}:{random.Next(60):00}{fraction}");
    }

    private static string Zone(Random random) => random.Next(4) switch
    {
        0 => "Z",
        1 => "+14:00",
        2 => "-14:00",
        _ => string.Create(CultureInfo.InvariantCulture, $"{(random.Next(2) == 0 ? '+' : '-')}{random.Next(14):00}:{(random.Next(2) == 0 ? 0 : 30):00}"),
    };

    private static string Integer(Random random) => (random.Next(41) - 20).ToString(CultureInfo.InvariantCulture);

    private static string Decimal(Random random) => ((random.Next(4001) - 2000) / 100.0).ToString("0.0#", CultureInfo.InvariantCulture);

    private static string Text(Random random) =>
        new([.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => "abcé"[random.Next(4)])]);
}
