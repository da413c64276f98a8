using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Datatypes;
using static KnowledgeGraph.Rdf.Tests.Datatypes.XsdTestHelpers;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

/// <summary>
/// Checks the hand-written scanners against the regular expressions XSD 1.1 publishes for each lexical space,
/// on thousands of strings made by mutating valid forms (so most land near the edge of the grammar).
/// The regexes live only here: they are the oracle, not the implementation.
/// </summary>
public sealed class XsdLexicalOracleTests
{
    private const string Year = @"-?([1-9][0-9]{3,}|0[0-9]{3})";
    private const string Month = "(0[1-9]|1[0-2])";
    private const string Day = "(0[1-9]|[12][0-9]|3[01])";
    private const string TimeOfDay = @"(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|(24:00:00(\.0+)?))";
    private const string Timezone = @"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?";
    private const string DurationTime = @"(T(([0-9]+H)([0-9]+M)?([0-9]+(\.[0-9]+)?S)?|([0-9]+M)([0-9]+(\.[0-9]+)?S)?|([0-9]+(\.[0-9]+)?S)))";
    private const string Duration = @"-?P((([0-9]+Y([0-9]+M)?([0-9]+D)?|([0-9]+M)([0-9]+D)?|([0-9]+D))" + DurationTime + "?)|" + DurationTime + ")";
    private const string B64 = "[A-Za-z0-9+/]";

    public static TheoryData<string, string, string[]> Grammars => new()
    {
        { "integer", @"[\-+]?[0-9]+", ["0", "-12", "+007"] },
        { "decimal", @"(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)", ["1.5", "-.5", "5.", "+0"] },
        { "double", @"(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?|(\+|-)?INF|NaN", ["1.5e10", "-INF", "NaN", ".5E-3", "7"] },
        { "float", @"(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?|(\+|-)?INF|NaN", ["1e5", "+INF", "0.25"] },
        { "boolean", "true|false|1|0", ["true", "false", "1", "0"] },
        { "duration", Duration, ["P1Y2M3DT4H5M6.7S", "-PT1.5S", "P3D", "PT5M", "P1YT1H"] },
        { "dayTimeDuration", Duration, ["P1DT2H", "-PT3M4S", "P5D"] },
        { "yearMonthDuration", Duration, ["P1Y2M", "-P3M", "P4Y"] },
        { "dateTime", Year + "-" + Month + "-" + Day + "T" + TimeOfDay + Timezone, ["2021-03-04T05:06:07.5Z", "-0044-03-15T24:00:00+14:00", "12021-12-31T23:59:59-05:30"] },
        { "date", Year + "-" + Month + "-" + Day + Timezone, ["2021-03-04", "0000-02-29Z", "-12345-06-07+01:00"] },
        { "time", TimeOfDay + Timezone, ["05:06:07", "24:00:00.00Z", "23:59:59.999-13:59"] },
        { "gYear", Year + Timezone, ["2021", "-0001Z", "12345+05:00"] },
        { "gYearMonth", Year + "-" + Month + Timezone, ["2021-02", "-0001-12Z"] },
        { "gMonth", "--" + Month + Timezone, ["--02", "--12-14:00"] },
        { "gMonthDay", "--" + Month + "-" + Day + Timezone, ["--02-29", "--12-31Z"] },
        { "gDay", "---" + Day + Timezone, ["---01", "---31+01:00"] },
        { "hexBinary", "([0-9a-fA-F]{2})*", ["", "0fB7", "00"] },
        { "language", "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", ["en", "en-GB", "zh-Hant-TW", "x-abcdefgh"] },
        {
            "base64Binary",
            $"(({B64} ?){{4}})*(({B64} ?){{3}}{B64}|({B64} ?){{2}}[AEIMQUYcgkosw048] ?=|{B64} ?[AQgw] ?= ?=)?",
            ["QUJD", "QUI=", "QQ==", "QU JD QQ= ="]
        },
    };

    [Theory]
    [MemberData(nameof(Grammars))]
    public void Scanner_agrees_with_the_published_regular_expression(string type, string pattern, string[] seeds)
    {
        var datatype = Type(type);
        var regex = new Regex("^(?:" + pattern + @")\z", RegexOptions.CultureInvariant);
        var alphabet = AlphabetFor(seeds);
        var random = new Random(20_211_231 ^ type.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var disagreements = new List<string>();
        var accepted = 0;

        for (var i = 0; i < 4000; i++)
        {
            var candidate = i < seeds.Length ? seeds[i] : Mutate(seeds[random.Next(seeds.Length)], alphabet, random);
            var expected = regex.IsMatch(Collapse(candidate)) && SatisfiesValueConstraints(datatype, Collapse(candidate));
            var actual = XsdDatatypes.IsValid(datatype, candidate);
            accepted += actual ? 1 : 0;
            if (expected != actual)
            {
                disagreements.Add($"\"{candidate}\": regex says {expected}, scanner says {actual}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
        Assert.InRange(accepted, 50, 3950); // the mutations must exercise both sides of the grammar
    }

    /// <summary>What the regex alone cannot say: the facets (day of month, duration kinds) and this layer's documented limits.</summary>
    private static bool SatisfiesValueConstraints(XsdDatatype type, string text)
    {
        switch (type)
        {
            case XsdDatatype.DayTimeDuration:
                // XSD 1.1: the pattern [^YM]*[DT].* on top of duration's.
                return Regex.IsMatch(text, @"^[^YM]*[DT].*\z");
            case XsdDatatype.YearMonthDuration:
                return Regex.IsMatch(text, @"^[^DT]*\z");
            case XsdDatatype.Duration:
                return true;
        }

        var year = Regex.Match(text, @"^-?[0-9]{4,}");
        if (year.Success && (year.Value == "-0000" || year.Value.TrimStart('-').Length > 11))
        {
            return false; // documented: no negative zero year; at most 11 year digits
        }

        var md = type switch
        {
            XsdDatatype.DateTime or XsdDatatype.Date => Regex.Match(text, @"^(-?[0-9]+)-([0-9]{2})-([0-9]{2})"),
            XsdDatatype.GMonthDay => Regex.Match(text, @"^--()([0-9]{2})-([0-9]{2})"),
            _ => Match.Empty,
        };

        if (md.Success)
        {
            var y = md.Groups[1].Value.Length == 0 ? 2000 : long.Parse(md.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var m = int.Parse(md.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var d = int.Parse(md.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            var leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            int[] lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            return d <= lengths[m - 1];
        }

        return true;
    }

    private static string Collapse(string text) => Regex.Replace(text, "[ \t\r\n]+", " ").Trim(' ');

    private static char[] AlphabetFor(string[] seeds) =>
        [.. seeds.SelectMany(s => s).Concat("0159+-.: eEPTZ=").Distinct()];

    private static string Mutate(string seed, char[] alphabet, Random random)
    {
        var builder = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(position, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 1 when position < builder.Length:
                    builder.Remove(position, 1);
                    break;
                case 2 when position < builder.Length:
                    builder[position] = alphabet[random.Next(alphabet.Length)];
                    break;
                default:
                    // duplicate a digit run, to reach long years and many-digit components
                    if (position < builder.Length && char.IsAsciiDigit(builder[position]))
                    {
                        builder.Insert(position, builder[position]);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
