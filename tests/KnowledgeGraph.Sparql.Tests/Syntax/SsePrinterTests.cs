using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>The SSE printer, one test per operator (built by hand, not by the parser), plus terms, paths and expressions.</summary>
public sealed class SsePrinterTests
{
    private static readonly Variable X = new("x");
    private static readonly Variable Y = new("y");
    private static readonly Iri Pred = new("http://e/p");
    private static readonly Bgp Scan = new([new TriplePattern(X, new TermNode(Pred), Y)]);
    private static readonly Bgp Scan2 = new([new TriplePattern(Y, new TermNode(Pred), X)]);
    private const string ScanSse = "(bgp (triple ?x <http://e/p> ?y))";
    private const string Scan2Sse = "(bgp (triple ?y <http://e/p> ?x))";
    private static readonly Expression XGreaterThanOne = new BinaryExpression(BinaryOperator.Greater, new VariableExpression(X), new ConstantExpression(new Literal("1", Xsd.Integer)));

    [Fact]
    public void Bgp() => Assert.Equal("(bgp (triple ?x <http://e/p> ?y) (triple ?y <http://e/p> ?x))", new Bgp([Scan.Patterns[0], Scan2.Patterns[0]]).ToString());

    [Fact]
    public void Empty_bgp() => Assert.Equal("(bgp)", new Bgp([]).ToString());

    [Fact]
    public void PathPattern() => Assert.Equal("(path ?x (path* <http://e/p>) ?y)", new PathPattern(X, new ZeroOrMorePath(new LinkPath(Pred)), Y).ToString());

    [Fact]
    public void Join() => Assert.Equal($"(join {ScanSse} {Scan2Sse})", new Join(Scan, Scan2).ToString());

    [Fact]
    public void LeftJoin_without_and_with_condition()
    {
        Assert.Equal($"(leftjoin {ScanSse} {Scan2Sse})", new LeftJoin(Scan, Scan2).ToString());
        Assert.Equal($"(leftjoin {ScanSse} {Scan2Sse} (> ?x 1))", new LeftJoin(Scan, Scan2, XGreaterThanOne).ToString());
    }

    [Fact]
    public void Filter() => Assert.Equal($"(filter (> ?x 1) {ScanSse})", new Filter(XGreaterThanOne, Scan).ToString());

    [Fact]
    public void Union() => Assert.Equal($"(union {ScanSse} {Scan2Sse})", new Union(Scan, Scan2).ToString());

    [Fact]
    public void Minus() => Assert.Equal($"(minus {ScanSse} {Scan2Sse})", new Minus(Scan, Scan2).ToString());

    [Fact]
    public void Graph_with_iri_and_variable()
    {
        Assert.Equal($"(graph <http://e/g> {ScanSse})", new Graph(new TermNode(new Iri("http://e/g")), Scan).ToString());
        Assert.Equal($"(graph ?g {ScanSse})", new Graph(new Variable("g"), Scan).ToString());
    }

    [Fact]
    public void Extend() => Assert.Equal($"(extend ((?z (+ ?x ?y))) {ScanSse})", new Extend(Scan, new Variable("z"), new BinaryExpression(BinaryOperator.Add, new VariableExpression(X), new VariableExpression(Y))).ToString());

    [Fact]
    public void Group_with_keys_and_aggregates()
    {
        var group = new Group(
            Scan,
            [new GroupKey(X, new VariableExpression(X)), new GroupKey(new Variable("k"), new FunctionCallExpression(BuiltinFunction.Str, [new VariableExpression(Y)]))],
            [new AggregateBinding(new Variable(".0"), new AggregateExpression(AggregateFunction.Count, true, new VariableExpression(Y))), new AggregateBinding(new Variable(".1"), new AggregateExpression(AggregateFunction.Count, false, null))]);
        Assert.Equal($"(group (?x (?k (str ?y))) ((?.0 (count distinct ?y)) (?.1 (count))) {ScanSse})", group.ToString());
    }

    [Fact]
    public void OrderBy() => Assert.Equal($"(order (?x (desc ?y)) {ScanSse})", new OrderBy(Scan, [new OrderCondition(new VariableExpression(X)), new OrderCondition(new VariableExpression(Y), true)]).ToString());

    [Fact]
    public void Project() => Assert.Equal($"(project (?x ?y) {ScanSse})", new Project(Scan, [X, Y]).ToString());

    [Fact]
    public void Distinct() => Assert.Equal($"(distinct {ScanSse})", new Distinct(Scan).ToString());

    [Fact]
    public void Reduced() => Assert.Equal($"(reduced {ScanSse})", new Reduced(Scan).ToString());

    [Fact]
    public void Slice_with_missing_parts()
    {
        Assert.Equal($"(slice 5 10 {ScanSse})", new Slice(Scan, 5, 10).ToString());
        Assert.Equal($"(slice _ 10 {ScanSse})", new Slice(Scan, null, 10).ToString());
        Assert.Equal($"(slice 5 _ {ScanSse})", new Slice(Scan, 5, null).ToString());
    }

    [Fact]
    public void Table_unit_empty_and_values()
    {
        Assert.Equal("(table unit)", Table.Unit.ToString());
        Assert.Equal("(table empty)", Table.Empty.ToString());
        var values = new Table([X, Y], [[new Iri("http://e/a"), null], [null, new Literal("s", "en")]]);
        Assert.Equal("(table (vars ?x ?y) (row [?x <http://e/a>]) (row [?y \"s\"@en]))", values.ToString());
    }

    [Fact]
    public void Service() => Assert.Equal($"(service silent <http://s/> {ScanSse})", new Service(new TermNode(new Iri("http://s/")), Scan, true).ToString());

    [Fact]
    public void Paths()
    {
        var p = new LinkPath(Pred);
        var q = new LinkPath(new Iri("http://e/q"));
        Assert.Equal("(seq <http://e/p> (reverse <http://e/q>))", new SequencePath(p, new InversePath(q)).ToString());
        Assert.Equal("(alt (path+ <http://e/p>) (path? <http://e/q>))", new AlternativePath(new OneOrMorePath(p), new ZeroOrOnePath(q)).ToString());
        Assert.Equal("(notoneof <http://e/p> (reverse <http://e/q>))", new NegatedPropertySet([Pred], [new Iri("http://e/q")]).ToString());
    }

    [Fact]
    public void Literals_print_bare_only_when_their_lexical_form_is_sparql_syntax()
    {
        Assert.Equal("1", Print(new Literal("1", Xsd.Integer)));
        Assert.Equal("-1.5", Print(new Literal("-1.5", Xsd.Decimal)));
        Assert.Equal("1e3", Print(new Literal("1e3", Xsd.Double)));
        Assert.Equal("true", Print(new Literal("true", Xsd.Boolean)));
        Assert.Equal("\"01x\"^^<http://www.w3.org/2001/XMLSchema#integer>", Print(new Literal("01x", Xsd.Integer)));
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#boolean>", Print(new Literal("1", Xsd.Boolean)));
        Assert.Equal("\"a\\\"b\"", Print(new Literal("a\"b")));
        Assert.Equal("_:b1", Print(new BlankNode("b1")));
    }

    [Fact]
    public void Expressions()
    {
        var x = new VariableExpression(X);
        Assert.Equal("(notin ?x 1)", new InExpression(x, [new ConstantExpression(new Literal("1", Xsd.Integer))], true).ToString());
        Assert.Equal("(! (bound ?x))", new UnaryExpression(UnaryOperator.Not, new FunctionCallExpression(BuiltinFunction.Bound, [x])).ToString());
        Assert.Equal("(encode_for_uri ?x)", new FunctionCallExpression(BuiltinFunction.EncodeForUri, [x]).ToString());
        Assert.Equal("(<http://f/> distinct ?x)", new ExtensionFunctionExpression(new Iri("http://f/"), [x], true).ToString());
        Assert.Equal($"(exists {ScanSse})", new ExistsExpression(Scan, false).ToString());
        Assert.Equal("(group_concat distinct (separator \";\") ?x)", new AggregateExpression(AggregateFunction.GroupConcat, true, x, ";").ToString());
    }

    [Fact]
    public void Visitor_dispatches_to_the_operator_type()
    {
        Assert.Equal("Join", new Join(Scan, Scan2).Accept(new NameVisitor()));
        Assert.Equal("Table", Table.Unit.Accept(new NameVisitor()));
        Assert.Equal([Scan, Scan2], new Union(Scan, Scan2).Children);
    }

    private static string Print(Term term) => new ConstantExpression(term).ToString();

    private sealed class NameVisitor : IOperatorVisitor<string>
    {
        public string Visit(Bgp op) => "Bgp";

        public string Visit(PathPattern op) => "PathPattern";

        public string Visit(Join op) => "Join";

        public string Visit(LeftJoin op) => "LeftJoin";

        public string Visit(Filter op) => "Filter";

        public string Visit(Union op) => "Union";

        public string Visit(Minus op) => "Minus";

        public string Visit(Graph op) => "Graph";

        public string Visit(Extend op) => "Extend";

        public string Visit(Group op) => "Group";

        public string Visit(OrderBy op) => "OrderBy";

        public string Visit(Project op) => "Project";

        public string Visit(Distinct op) => "Distinct";

        public string Visit(Reduced op) => "Reduced";

        public string Visit(Slice op) => "Slice";

        public string Visit(Table op) => "Table";

        public string Visit(Service op) => "Service";
    }
}
