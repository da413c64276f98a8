using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>
/// Random solution sequences for round-trip tests: every term kind, unbound values, language tags, XSD and
/// custom datatypes, numbers in and out of their short forms, and strings with the characters formats trip
/// on (quotes, commas, tabs, CR, LF, backslashes, astral code points, combining marks, right-to-left text).
/// </summary>
internal sealed class RandomResults(int seed, bool xmlSafe)
{
    private static readonly string[] Pieces =
    [
        "a", "Z", " ", "  ", ",", "\"", "'", "\"\"\"", "\\", "\t", "\n", "\r", "\r\n", "<", ">", "&", "&amp;", "]]>", "{", "}", "|", "^", "`",
        "é", "e\u0301", "ß", "日本語", "עברית", "\u200F", "\U0001F600", "\U00010348", "\uFFFD", "\u00A0", "?x", "$y", "_:b", "#", "%20", "=", ";",
    ];

    private static readonly string[] ControlPieces = ["\u0001", "\u0008", "\u000C", "\u001F", "\u007F", "\uFFFE"];

    private readonly Random _random = new(seed);

    public SolutionSequence Next()
    {
        var names = Enumerable.Range(0, _random.Next(0, 6)).Select(i => RandomName(i)).ToList();
        var variables = new ResultVariables(names);
        var rows = new List<SolutionRow>();
        var count = names.Count == 0 ? _random.Next(0, 3) : _random.Next(0, 12);
        for (var r = 0; r < count; r++)
        {
            var values = new Term?[variables.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = _random.Next(6) == 0 ? null : NextTerm();
            }

            rows.Add(new SolutionRow(variables, values));
        }

        return new SolutionSequence(variables, rows);
    }

    public Term NextTerm() => _random.Next(10) switch
    {
        0 or 1 => new Iri("http://example.org/" + IriSafe(NextString()) + (_random.Next(3) == 0 ? "#frag" : string.Empty)),
        2 => new Iri(_random.Next(2) == 0 ? "urn:uuid:" + Guid.NewGuid() : "mailto:x@example.org"),
        3 => new BlankNode("b" + _random.Next(1000).ToString(CultureInfo.InvariantCulture) + (_random.Next(2) == 0 ? "x_y-z.w" : string.Empty)),
        4 => new Literal(NextString()),
        5 => new Literal(NextString(), _random.Next(4) switch { 0 => "en", 1 => "en-GB", 2 => "zh-Hant-TW", _ => "x-private1" }),
        6 => NextNumber(),
        7 => new Literal(_random.Next(3) switch { 0 => "true", 1 => "false", _ => "1" }, Xsd.Boolean),
        8 => new Literal(NextString(), _random.Next(3) switch { 0 => Xsd.DateTime, 1 => new Iri("http://example.org/dt#" + _random.Next(9)), _ => Xsd.Integer }),
        _ => new Literal(string.Empty, _random.Next(2) == 0 ? Xsd.String : Xsd.Decimal),
    };

    private Literal NextNumber() => _random.Next(9) switch
    {
        0 => new Literal(_random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture), Xsd.Integer),
        1 => new Literal("+007", Xsd.Integer),
        2 => new Literal("-12.50", Xsd.Decimal),
        3 => new Literal(".5", Xsd.Decimal),
        4 => new Literal("12.", Xsd.Decimal), // not a Turtle DECIMAL: must not be written in short form
        5 => new Literal("1.0E6", Xsd.Double),
        6 => new Literal("-4e-3", Xsd.Double),
        7 => new Literal("INF", Xsd.Double),
        _ => new Literal("12", Xsd.Double), // an integer spelling with the double datatype: the long form keeps the type
    };

    private string NextString()
    {
        var sb = new StringBuilder();
        var n = _random.Next(0, 8);
        for (var i = 0; i < n; i++)
        {
            if (!xmlSafe && _random.Next(8) == 0)
            {
                sb.Append(ControlPieces[_random.Next(ControlPieces.Length)]);
            }
            else
            {
                sb.Append(Pieces[_random.Next(Pieces.Length)]);
            }
        }

        return sb.ToString();
    }

    private string RandomName(int i)
    {
        var stems = new[] { "x", "subject", "_under", "v", "名前", "a1b2", "Ünï" };
        return stems[_random.Next(stems.Length)] + i.ToString(CultureInfo.InvariantCulture);
    }

    private static string IriSafe(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            // Keep the characters IRIs allow, percent-encode the rest the way an IRI would carry them.
            sb.Append(c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' or '\u007F'
                ? "%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
                : c.ToString());
        }

        return sb.ToString();
    }
}
