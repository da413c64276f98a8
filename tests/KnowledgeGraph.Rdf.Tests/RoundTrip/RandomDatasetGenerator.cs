using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Tests.RoundTrip;

/// <summary>
/// Makes a random but reproducible dataset from a seed, aimed at the corners of the text formats: odd
/// Unicode (astral-plane characters, combining marks, BOM and line separators inside strings), every
/// escape, control characters, quotes and backslashes at the ends of strings, literals over 100 KB,
/// numbers of every XSD numeric type in canonical and non-canonical lexical forms, language tags with
/// subtags, IRIs whose local parts need PN_LOCAL escapes or cannot be prefixed names at all, blank nodes
/// that are shared, on cycles, in lists (well-formed or not) and used as graph names.
/// </summary>
internal sealed class RandomDatasetGenerator
{
    public static readonly string[] Namespaces =
    [
        "http://example.org/",
        "http://example.org/vocab#",
        "http://example.org/dir/",
        "urn:x-test:",
        "https://other.example/a/b?q=",
    ];

    /// <summary>The base IRI some cases are written against (IRIs below it come out relative).</summary>
    public const string BaseIri = "http://example.org/dir/doc";

    private static readonly string[] LocalParts =
    [
        "a", "thing", "Thing_1", "x.y", "end.", ".start", "-start", "_u", "1digit", "a:b", ":", "", "%41", "50%", "%zz",
        "a~b", "q!$&'()*+,;=", "p/q", "w?x", "h#i", "@at", "caf\u00E9", "\u4E2D\u6587", "\U0001F600", "\U00010348x",
        "e\u0301", "\u0301mark", "\u00B7dot", "mid\u00B7dot", "tie\u203F", "[x]", "doc", "doc#frag", "sub/x", "./x", "../x",
        "other", "doc?q", "\u00C0\u00D6\u00D8\u00F6\u00F8", "\u037F\u1FFF\u200C\u200D\u2070\u218F\u2C00\u2FEF\u3001\uD7FF\uF900\uFDCF\uFDF0\uFFFD",
        "\U000EFFFF", "a%20b", "semi;colon", "tab%09",
    ];

    private static readonly string[] StringPieces =
    [
        "plain", " ", "\"", "\"\"", "\"\"\"", "'", "'''", "\\", "\\\\", "\\n", "\n", "\r", "\r\n", "\t", "\b", "\f", "\0",
        "\u0001", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00E9", "e\u0301", "\u0301", "\U0001F600",
        "\U0001D11E", "\U0010FFFF", "\uFFFD", "\uE000", "\u4E2D\u6587", "\u05E9\u05DC\u05D5\u05DD", "\u200D", "@en", "^^", "<>",
        "{}", "_:b", "#", "%41", "\\u0041", "\\U0001F600", ".", " . ", ";", ",",
    ];

    private static readonly string[] LanguageTags =
    [
        "en", "EN-gb", "zh-Hant-TW", "de-CH-1996", "x-private-tag", "sgn-BE-FR", "i-klingon", "es-419", "a-b-c-d-e-f",
    ];

    private static readonly (Iri Datatype, string[] Lexicals)[] Numbers =
    [
        (Xsd.Integer, ["0", "42", "-17", "+5", "007", "-0", "+0", "123456789012345678901234567890", " 5", "1.0", "x"]),
        (Xsd.Decimal, ["1.0", "1.50", ".5", "-.5", "+3.14", "5.", "1", "-0.0", "00.100", "1e3"]),
        (Xsd.Double, ["1e3", "1.5E-7", "-1.0E+10", ".5e1", "2.E2", "1E0", "INF", "-INF", "NaN", "1.0", "0", "+1e-0"]),
        (Xsd.Float, ["1e3", "1.5", "INF", "NaN", "-0", "3.4028235E38"]),
        (Xsd.Boolean, ["true", "false", "1", "0", "TRUE"]),
        (Xsd.Long, ["9223372036854775807", "-9223372036854775808", "+01"]),
        (Xsd.Int, ["2147483647", "-2147483648", "05"]),
        (Xsd.Short, ["32767", "-32768"]),
        (Xsd.Byte, ["127", "-128", "+0"]),
        (Xsd.NonNegativeInteger, ["0", "+00", "18446744073709551616"]),
        (Xsd.PositiveInteger, ["1", "+1"]),
        (Xsd.NonPositiveInteger, ["0", "-0", "-5"]),
        (Xsd.NegativeInteger, ["-1", "-00001"]),
        (Xsd.UnsignedLong, ["18446744073709551615", "0"]),
        (Xsd.UnsignedInt, ["4294967295"]),
        (Xsd.UnsignedShort, ["65535"]),
        (Xsd.UnsignedByte, ["255", "+255"]),
        (Xsd.Date, ["2024-02-29", "-0001-01-01Z"]),
        (Xsd.DateTime, ["2024-02-29T12:00:00.000+01:00"]),
        (new Iri("http://example.org/custom#type"), ["anything \"goes\" here\\"]),
    ];

    private readonly Random _random;
    private readonly bool _namedGraphs;
    private readonly List<Quad> _quads = [];
    private readonly List<BlankNode> _blankNodes = [];
    private readonly List<Term> _graphs = [DefaultGraph.Instance];
    private int _fresh;

    private RandomDatasetGenerator(int seed, bool namedGraphs)
    {
        _random = new Random(seed);
        _namedGraphs = namedGraphs;
    }

    /// <summary>The dataset for <paramref name="seed"/>; only the default graph unless <paramref name="namedGraphs"/>.</summary>
    public static List<Quad> Generate(int seed, bool namedGraphs) => new RandomDatasetGenerator(seed, namedGraphs).Build();

    /// <summary>Writer options for <paramref name="seed"/>: a random set of prefixes (the empty one too) and sometimes a base.</summary>
    public static RdfWriterOptions Options(int seed)
    {
        var random = new Random(seed ^ 0x5A5A5A5);
        var prefixes = new Dictionary<string, string>();
        string[] names = ["ex", "", "v", "dir", "u", "o"];
        for (var i = 0; i < Namespaces.Length; i++)
        {
            if (random.Next(3) > 0)
            {
                prefixes[names[i]] = Namespaces[i];
            }
        }

        if (random.Next(2) == 0)
        {
            prefixes["rdf"] = RdfVocabulary.Namespace;
            prefixes["xsd"] = Xsd.Namespace;
        }

        return new RdfWriterOptions { Prefixes = prefixes, BaseIri = random.Next(2) == 0 ? BaseIri : null };
    }

    private List<Quad> Build()
    {
        if (_namedGraphs)
        {
            var graphCount = _random.Next(4);
            for (var i = 0; i < graphCount; i++)
            {
                _graphs.Add(_random.Next(3) == 0 ? NewBlankNode() : RandomIri());
            }
        }

        var statements = _random.Next(0, 30);
        for (var i = 0; i < statements; i++)
        {
            switch (_random.Next(12))
            {
                case 0:
                    AddList();
                    break;
                case 1:
                    AddCycle();
                    break;
                case 2:
                    AddNestedBlankNodes();
                    break;
                case 3:
                    Add(RandomSubject(), RandomIri(), RandomNumber());
                    break;
                case 4:
                    Add(RandomSubject(), RandomIri(), RandomLanguageString());
                    break;
                default:
                    Add(RandomSubject(), RandomPredicate(), RandomObject());
                    break;
            }
        }

        if (_random.Next(25) == 0)
        {
            Add(RandomIri(), RandomIri(), HugeLiteral());
        }

        // Shuffle, so that the writers see a dataset's statements in no helpful order.
        var quads = _quads.ToArray();
        _random.Shuffle(quads);
        return [.. quads];
    }

    private void Add(Term subject, Iri predicate, Term obj) => _quads.Add(new Quad(subject, predicate, obj, RandomGraph()));

    private void Add(Term subject, Iri predicate, Term obj, Term graph) => _quads.Add(new Quad(subject, predicate, obj, graph));

    private Term RandomGraph() => _graphs[_random.Next(_graphs.Count)];

    private BlankNode NewBlankNode()
    {
        // Mostly ordinary labels, sometimes ones the writers must re-encode or that look like an encoding.
        var label = _random.Next(10) switch
        {
            0 => "weird label " + _fresh,
            1 => "kgx-" + _fresh,
            2 => "\u00E9t\u00E9." + _fresh,
            3 => _fresh + "-x",
            _ => "b" + _fresh,
        };
        _fresh++;
        var node = new BlankNode(label);
        _blankNodes.Add(node);
        return node;
    }

    /// <summary>An existing blank node (so that some get shared) or a new one.</summary>
    private BlankNode AnyBlankNode() =>
        _blankNodes.Count > 0 && _random.Next(3) == 0 ? _blankNodes[_random.Next(_blankNodes.Count)] : NewBlankNode();

    private Iri RandomIri()
    {
        var ns = Namespaces[_random.Next(Namespaces.Length)];
        var local = LocalParts[_random.Next(LocalParts.Length)];
        return new Iri(ns + local);
    }

    private Iri RandomPredicate() => _random.Next(6) switch
    {
        0 => RdfVocabulary.Type,
        1 => RdfVocabulary.First,
        _ => RandomIri(),
    };

    private Term RandomSubject() => _random.Next(3) == 0 ? AnyBlankNode() : RandomIri();

    private Term RandomObject() => _random.Next(7) switch
    {
        0 => AnyBlankNode(),
        1 => RandomNumber(),
        2 => RandomLanguageString(),
        3 => new Literal(RandomString()),
        4 => RdfVocabulary.Nil,
        _ => RandomIri(),
    };

    private Literal RandomNumber()
    {
        var (datatype, lexicals) = Numbers[_random.Next(Numbers.Length)];
        return new Literal(lexicals[_random.Next(lexicals.Length)], datatype);
    }

    private Literal RandomLanguageString() => new(RandomString(), LanguageTags[_random.Next(LanguageTags.Length)]);

    private string RandomString()
    {
        var sb = new StringBuilder();
        var pieces = _random.Next(0, 8);
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(StringPieces[_random.Next(StringPieces.Length)]);
        }

        // The ends of a string are where long-string quoting goes wrong.
        switch (_random.Next(6))
        {
            case 0:
                sb.Append('"');
                break;
            case 1:
                sb.Append('\\');
                break;
            case 2:
                sb.Insert(0, '"').Append("\n\"\"");
                break;
            default:
                break;
        }

        return sb.ToString();
    }

    private Literal HugeLiteral()
    {
        var sb = new StringBuilder(110_000);
        while (sb.Length < 102_400)
        {
            sb.Append(StringPieces[_random.Next(StringPieces.Length)]);
        }

        return new Literal(sb.ToString());
    }

    /// <summary>A list: usually well-formed, sometimes with an extra property on a cell, a shared cell or no end.</summary>
    private void AddList()
    {
        var graph = RandomGraph();
        var length = _random.Next(0, 5);
        Term head = RdfVocabulary.Nil;
        for (var i = 0; i < length; i++)
        {
            var cell = NewBlankNode();
            Add(cell, RdfVocabulary.First, _random.Next(4) == 0 ? ListOrNode(graph) : RandomObject(), graph);
            Add(cell, RdfVocabulary.Rest, head, graph);
            if (_random.Next(8) == 0)
            {
                Add(cell, RandomIri(), RandomObject(), graph);
            }

            if (_random.Next(10) == 0)
            {
                Add(RandomIri(), RandomIri(), cell, graph);
            }

            head = cell;
        }

        Add(RandomSubject(), RandomIri(), head, graph);
    }

    /// <summary>A nested list or inline blank node as a list element.</summary>
    private Term ListOrNode(Term graph)
    {
        var node = NewBlankNode();
        if (_random.Next(2) == 0)
        {
            Add(node, RdfVocabulary.First, RandomNumber(), graph);
            Add(node, RdfVocabulary.Rest, RdfVocabulary.Nil, graph);
        }
        else
        {
            Add(node, RandomIri(), new Literal(RandomString()), graph);
        }

        return node;
    }

    /// <summary>A cycle of one to three blank nodes, sometimes hanging off an IRI.</summary>
    private void AddCycle()
    {
        var graph = RandomGraph();
        var nodes = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => NewBlankNode()).ToArray();
        for (var i = 0; i < nodes.Length; i++)
        {
            Add(nodes[i], RandomIri(), nodes[(i + 1) % nodes.Length], graph);
        }

        if (_random.Next(2) == 0)
        {
            Add(RandomIri(), RandomIri(), nodes[0], graph);
        }
    }

    /// <summary>Blank nodes nested a few levels deep, some with several statements, some with none.</summary>
    private void AddNestedBlankNodes()
    {
        var graph = RandomGraph();
        Term parent = RandomSubject();
        var depth = _random.Next(1, 5);
        for (var i = 0; i < depth; i++)
        {
            var child = NewBlankNode();
            Add(parent, RandomIri(), child, graph);
            var extra = _random.Next(3);
            for (var j = 0; j < extra; j++)
            {
                Add(child, RandomIri(), RandomObject(), graph);
            }

            parent = child;
        }

        // A graph name that is also a node of the graph.
        if (_namedGraphs && _random.Next(4) == 0 && _graphs.Count > 1)
        {
            Add(parent, RandomIri(), _graphs[1], graph);
        }
    }

    public static string Describe(IEnumerable<Quad> quads) =>
        string.Join("\n", quads.Select(q => q.ToString()));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
