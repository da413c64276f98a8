using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using static KnowledgeGraph.Rdf.Tests.Writers.WriterRun;

namespace KnowledgeGraph.Rdf.Tests.Writers;

public sealed class TurtleWriterTests
{
    private const string ExPrefix = "@prefix ex: <http://example.org/> .\n";
    private const string RdfPrefix = "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n";
    private const string XsdPrefix = "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    private static readonly RdfWriterOptions Prefixed = new()
    {
        Prefixes = new Dictionary<string, string>
        {
            ["ex"] = "http://example.org/",
            ["rdf"] = RdfVocabulary.Namespace,
            ["xsd"] = Xsd.Namespace,
        },
    };

    private static readonly string Header = ExPrefix + RdfPrefix + XsdPrefix + "\n";

    private static string Ttl(params Quad[] quads) => Write(w => new TurtleWriter(w, Prefixed), quads);

    private static Literal Int(int value) => Typed(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer);

    [Fact]
    public void Groups_predicates_and_objects_with_rdf_type_first_as_a()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), Ex("o1")),
            new Quad(Ex("t"), Ex("p"), Ex("s")),
            new Quad(Ex("s"), Ex("q"), L("x")),
            new Quad(Ex("s"), Ex("p"), Ex("o2")),
            new Quad(Ex("s"), RdfVocabulary.Type, Ex("C")),
            new Quad(Ex("s"), Ex("p"), Ex("o1")));
        Assert.Equal(Header + "ex:s a ex:C ;\n    ex:p ex:o1, ex:o2 ;\n    ex:q \"x\" .\n\nex:t ex:p ex:s .\n", text);
    }

    [Fact]
    public void Escapes_local_names_or_falls_back_to_full_iris()
    {
        var locals = new[] { "a.b", "end.", "-start", "a~b!c", "p%41q", "50%", "a/b?c#d", "with space", "", "\u00B7x", "1a", ":x", "x\u00B7\u0301", "\U00010000z" };
        var quads = locals.Select(l => new Quad(Ex("s"), Ex("p"), new Iri("http://example.org/" + l))).ToArray();
        var text = Ttl(quads);
        Assert.Equal(
            Header + "ex:s ex:p ex:a.b, ex:end\\., ex:\\-start, ex:a\\~b\\!c, ex:p%41q, ex:50\\%, ex:a\\/b\\?c\\#d, "
            + "<http://example.org/with\\u0020space>, ex:, <http://example.org/\u00B7x>, ex:1a, ex::x, ex:x\u00B7\u0301, ex:\U00010000z .\n",
            text);
    }

    [Fact]
    public void Uses_the_longest_matching_namespace_whose_local_part_is_writable()
    {
        var options = new RdfWriterOptions
        {
            Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/", ["v"] = "http://example.org/vocab#" },
        };
        var text = Write(
            w => new TurtleWriter(w, options),
            new Quad(new Iri("http://example.org/vocab#x"), new Iri("http://example.org/vocab#a b"), new Iri("http://example.org/vocab")));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n@prefix v: <http://example.org/vocab#> .\n\nv:x <http://example.org/vocab#a\\u0020b> ex:vocab .\n",
            text);
    }

    [Fact]
    public void Writes_numbers_and_booleans_bare_only_when_the_grammar_reads_them_back_the_same()
    {
        var objects = new[]
        {
            Typed("42", Xsd.Integer), Typed("+007", Xsd.Integer), Typed("-0", Xsd.Integer), Typed(" 5", Xsd.Integer),
            Typed("1.50", Xsd.Decimal), Typed(".5", Xsd.Decimal), Typed("5.", Xsd.Decimal), Typed("1", Xsd.Decimal),
            Typed("1e3", Xsd.Double), Typed("-1.5E-7", Xsd.Double), Typed("2.E+1", Xsd.Double), Typed("INF", Xsd.Double), Typed("1.0", Xsd.Double),
            Typed("true", Xsd.Boolean), Typed("1", Xsd.Boolean), Typed("5", Xsd.Int), Typed("1e3", Xsd.Float),
        };
        var text = Ttl(objects.Select(o => new Quad(Ex("s"), Ex("p"), o)).ToArray());
        Assert.Equal(
            Header + "ex:s ex:p 42, +007, -0, \" 5\"^^xsd:integer, 1.50, .5, \"5.\"^^xsd:decimal, \"1\"^^xsd:decimal, "
            + "1e3, -1.5E-7, 2.E+1, \"INF\"^^xsd:double, \"1.0\"^^xsd:double, true, \"1\"^^xsd:boolean, \"5\"^^xsd:int, \"1e3\"^^xsd:float .\n",
            text);
    }

    [Fact]
    public void Writes_multi_line_strings_long_with_quotes_and_backslashes_escaped_where_needed()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), L("line1\nline2")),
            new Quad(Ex("s"), Ex("q"), L("a\n\"")),
            new Quad(Ex("s"), Ex("r"), L("say \"\"\"hi\"\"\"\nx\\")),
            new Quad(Ex("s"), Ex("t"), new Literal("a\r\nb\u0001", "en")),
            new Quad(Ex("s"), Ex("u"), L("one line \"quoted\"")));
        Assert.Equal(
            Header + "ex:s ex:p \"\"\"line1\nline2\"\"\" ;\n"
            + "    ex:q \"\"\"a\n\\\"\"\"\" ;\n"
            + "    ex:r \"\"\"say \\\"\\\"\"hi\\\"\\\"\"\nx\\\\\"\"\" ;\n"
            + "    ex:t \"\"\"a\\r\nb\\u0001\"\"\"@en ;\n"
            + "    ex:u \"one line \\\"quoted\\\"\" .\n",
            text);
    }

    [Fact]
    public void Writes_well_formed_lists_as_collections()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), B("l1")),
            new Quad(B("l1"), RdfVocabulary.First, Int(1)),
            new Quad(B("l1"), RdfVocabulary.Rest, B("l2")),
            new Quad(B("l2"), RdfVocabulary.First, B("inner")),
            new Quad(B("l2"), RdfVocabulary.Rest, B("l3")),
            new Quad(B("inner"), RdfVocabulary.First, L("x")),
            new Quad(B("inner"), RdfVocabulary.Rest, RdfVocabulary.Nil),
            new Quad(B("l3"), RdfVocabulary.First, B("thing")),
            new Quad(B("l3"), RdfVocabulary.Rest, RdfVocabulary.Nil),
            new Quad(B("thing"), Ex("q"), Ex("o")),
            new Quad(Ex("s"), Ex("empty"), RdfVocabulary.Nil));
        Assert.Equal(Header + "ex:s ex:p ( 1 ( \"x\" ) [ ex:q ex:o ] ) ;\n    ex:empty () .\n", text);
    }

    [Fact]
    public void A_list_cell_with_another_property_is_not_a_collection_but_its_tail_is()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), B("l1")),
            new Quad(B("l1"), RdfVocabulary.First, Int(1)),
            new Quad(B("l1"), RdfVocabulary.Rest, B("l2")),
            new Quad(B("l1"), Ex("x"), L("y")),
            new Quad(B("l2"), RdfVocabulary.First, Int(2)),
            new Quad(B("l2"), RdfVocabulary.Rest, RdfVocabulary.Nil));
        Assert.Equal(Header + "ex:s ex:p [\n        rdf:first 1 ;\n        rdf:rest ( 2 ) ;\n        ex:x \"y\"\n    ] .\n", text);
    }

    [Fact]
    public void A_list_whose_cell_is_shared_keeps_labels()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), B("l1")),
            new Quad(B("l1"), RdfVocabulary.First, Int(1)),
            new Quad(B("l1"), RdfVocabulary.Rest, B("l2")),
            new Quad(B("l2"), RdfVocabulary.First, Int(2)),
            new Quad(B("l2"), RdfVocabulary.Rest, RdfVocabulary.Nil),
            new Quad(Ex("t"), Ex("p"), B("l2")));
        Assert.Equal(
            Header + "ex:s ex:p [\n        rdf:first 1 ;\n        rdf:rest _:l2\n    ] .\n\n"
            + "_:l2 rdf:first 2 ;\n    rdf:rest () .\n\nex:t ex:p _:l2 .\n",
            text);
    }

    [Fact]
    public void Inlines_nested_blank_nodes_compactly_or_one_predicate_per_line()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), B("b1")),
            new Quad(B("b1"), Ex("q"), B("b2")),
            new Quad(B("b2"), Ex("r"), L("v")),
            new Quad(Ex("t"), Ex("p"), B("c1")),
            new Quad(B("c1"), Ex("q"), Int(1)),
            new Quad(B("c1"), Ex("r"), B("c2")),
            new Quad(B("c2"), Ex("a"), Int(1)),
            new Quad(B("c2"), Ex("b"), Int(2)),
            new Quad(Ex("u"), Ex("p"), B("empty")));
        Assert.Equal(
            Header + "ex:s ex:p [ ex:q [ ex:r \"v\" ] ] .\n\n"
            + "ex:t ex:p [\n        ex:q 1 ;\n        ex:r [\n            ex:a 1 ;\n            ex:b 2\n        ]\n    ] .\n\n"
            + "ex:u ex:p [] .\n",
            text);
    }

    [Fact]
    public void Does_not_inline_blank_nodes_on_a_cycle()
    {
        var text = Ttl(
            new Quad(B("b1"), Ex("p"), B("b2")),
            new Quad(B("b2"), Ex("p"), B("b1")),
            new Quad(B("self"), Ex("p"), B("self")));
        Assert.Equal(Header + "_:b1 ex:p _:b2 .\n\n_:b2 ex:p _:b1 .\n\n_:self ex:p _:self .\n", text);
    }

    [Fact]
    public void Inlines_a_node_hanging_off_a_cycle_but_not_the_cycle()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), B("b1")),
            new Quad(B("b1"), Ex("p"), B("b2")),
            new Quad(B("b2"), Ex("p"), B("b1")));
        Assert.Equal(Header + "ex:s ex:p _:b1 .\n\n_:b1 ex:p [ ex:p _:b1 ] .\n", text);
    }

    [Fact]
    public void Keeps_the_label_of_a_blank_node_used_twice()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), B("b1")),
            new Quad(Ex("t"), Ex("p"), B("b1")),
            new Quad(B("b1"), Ex("q"), L("v")));
        Assert.Equal(Header + "ex:s ex:p _:b1 .\n\nex:t ex:p _:b1 .\n\n_:b1 ex:q \"v\" .\n", text);
    }

    [Fact]
    public void Writes_a_blank_subject_that_is_never_an_object_without_a_label()
    {
        var text = Ttl(
            new Quad(B("a"), Ex("p"), Ex("o")),
            new Quad(B("m"), Ex("p"), Ex("o")),
            new Quad(B("m"), Ex("q"), Ex("o")));
        Assert.Equal(Header + "[ ex:p ex:o ] .\n\n[\n    ex:p ex:o ;\n    ex:q ex:o\n] .\n", text);
    }

    [Fact]
    public void Cuts_very_deep_nesting_into_labelled_blocks()
    {
        var quads = new List<Quad> { new(Ex("s"), Ex("p"), B("n0")) };
        for (var i = 0; i < 100; i++)
        {
            quads.Add(new Quad(B("n" + i), Ex("p"), B("n" + (i + 1))));
        }

        var text = Ttl([.. quads]);
        Assert.Contains("_:n32", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_:n31", text, StringComparison.Ordinal);
        Assert.Contains("\n\n_:n32 ex:p [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_graph_is_the_header_alone()
    {
        Assert.Equal(Header, Ttl());
        Assert.Equal(string.Empty, Write(w => new TurtleWriter(w)));
    }

    [Fact]
    public void Writes_iris_relative_to_the_base_only_where_they_resolve_back()
    {
        var options = new RdfWriterOptions { BaseIri = "http://example.org/dir/doc" };
        var objects = new[]
        {
            "http://example.org/dir/doc", "http://example.org/dir/doc#frag", "http://example.org/dir/other", "http://example.org/top",
            "http://example.org/dir/a:b", "http://other.org/x", "http://example.org/dir/sub/x", "http://example.org/dir/doc?q",
            "http://example.org/dir/", "http://example.org/dir/%2E%2E/x",
        };
        var text = Write(
            w => new TurtleWriter(w, options),
            objects.Select(o => new Quad(new Iri("http://example.org/dir/doc"), new Iri("http://example.org/dir/p"), new Iri(o))).ToArray());
        Assert.Equal(
            "@base <http://example.org/dir/doc> .\n\n<> <p> <>, <#frag>, <other>, </top>, </dir/a:b>, <http://other.org/x>, <sub/x>, <doc?q>, "
            + "</dir/>, <%2E%2E/x> .\n",
            text);
    }

    [Fact]
    public void Leaves_the_base_out_when_an_iri_with_dot_segments_would_be_changed_by_it()
    {
        var options = new RdfWriterOptions
        {
            BaseIri = "http://example.org/dir/doc",
            Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/" },
        };
        var text = Write(
            w => new TurtleWriter(w, options),
            new Quad(new Iri("http://example.org/dir/doc"), Ex("p"), new Iri("http://example.org/dir/../x y")));
        Assert.Equal("@prefix ex: <http://example.org/> .\n\nex:dir\\/doc ex:p <http://example.org/dir/../x\\u0020y> .\n", text);
    }

    [Fact]
    public void Streaming_layout_writes_no_base()
    {
        var options = new RdfWriterOptions { BaseIri = "http://example.org/dir/doc" };
        var text = Write(
            w => new TurtleWriter(w, options, TurtleWriterOptions.StreamingLayout),
            new Quad(new Iri("http://example.org/dir/doc"), Ex("p"), Ex("o")));
        Assert.Equal("<http://example.org/dir/doc> <http://example.org/p> <http://example.org/o> .\n", text);
    }

    [Fact]
    public void Writes_datatypes_and_language_tags()
    {
        var text = Ttl(
            new Quad(Ex("s"), Ex("p"), new Literal("2020-01-01", Xsd.Date)),
            new Quad(Ex("s"), Ex("p"), new Literal("x", new Iri("http://other.org/dt"))),
            new Quad(Ex("s"), Ex("p"), new Literal("chat", "fr-CA")));
        Assert.Equal(Header + "ex:s ex:p \"2020-01-01\"^^xsd:date, \"x\"^^<http://other.org/dt>, \"chat\"@fr-ca .\n", text);
    }

    [Fact]
    public void Rejects_a_quad_in_a_named_graph()
    {
        var error = Assert.Throws<ArgumentException>(() => Ttl(new Quad(Ex("s"), Ex("p"), Ex("o"), Ex("g"))));
        Assert.Contains("TriG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_prefixes_that_turtle_cannot_declare()
    {
        var bad = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["1x"] = "http://example.org/" } };
        Assert.Throws<ArgumentException>(() => new TurtleWriter(TextWriter.Null, bad));
        var relative = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["x"] = "relative/" } };
        Assert.Throws<ArgumentException>(() => new TurtleWriter(TextWriter.Null, relative));
    }

    [Fact]
    public void Streaming_layout_groups_consecutive_statements_and_keeps_labels()
    {
        var text = Write(
            w => new TurtleWriter(w, Prefixed, TurtleWriterOptions.StreamingLayout),
            new Quad(Ex("s"), Ex("p"), Ex("o1")),
            new Quad(Ex("s"), Ex("p"), Ex("o2")),
            new Quad(Ex("s"), RdfVocabulary.Type, B("b")),
            new Quad(B("b"), Ex("q"), RdfVocabulary.Nil),
            new Quad(Ex("s"), Ex("p"), Int(3)));
        Assert.Equal(Header + "ex:s ex:p ex:o1, ex:o2 ;\n    a _:b .\n_:b ex:q () .\nex:s ex:p 3 .\n", text);
    }
}
