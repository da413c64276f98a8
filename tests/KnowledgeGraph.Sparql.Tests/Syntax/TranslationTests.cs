using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>
/// Queries parsed and translated per section 18.2, the algebra printed as SSE and compared with what the
/// spec's translation (and Jena's <c>qparse --print=op</c>) gives.
/// </summary>
public sealed class TranslationTests
{
    private const string P = "PREFIX : <http://e/> ";

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o }", "(project (?s ?p ?o) (bgp (triple ?s ?p ?o)))")]
    [InlineData(P + "SELECT ?x { ?x :p ?y ; :q ?z , ?w }", "(project (?x) (bgp (triple ?x <http://e/p> ?y) (triple ?x <http://e/q> ?z) (triple ?x <http://e/q> ?w)))")]
    [InlineData("SELECT * {}", "(project () (table unit))")]
    [InlineData(P + "SELECT ?x { ?x a :C }", "(project (?x) (bgp (triple ?x <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/C>)))")]
    [InlineData(P + "SELECT * { ?x :p ?v FILTER(?v > 1) ?x :q ?w }", "(project (?x ?v ?w) (filter (> ?v 1) (bgp (triple ?x <http://e/p> ?v) (triple ?x <http://e/q> ?w))))")]
    [InlineData(P + "SELECT * { ?x :p ?v OPTIONAL { ?x :q ?w FILTER(?w = ?v) } }", "(project (?x ?v ?w) (leftjoin (bgp (triple ?x <http://e/p> ?v)) (bgp (triple ?x <http://e/q> ?w)) (= ?w ?v)))")]
    [InlineData(P + "SELECT * { ?x :p ?v OPTIONAL { { ?x :q ?w FILTER(?w = ?v) } } }", "(project (?x ?v ?w) (leftjoin (bgp (triple ?x <http://e/p> ?v)) (filter (= ?w ?v) (bgp (triple ?x <http://e/q> ?w)))))")]
    [InlineData(P + "SELECT * { OPTIONAL { ?x :q ?w } }", "(project (?x ?w) (leftjoin (table unit) (bgp (triple ?x <http://e/q> ?w))))")]
    [InlineData(P + "SELECT * { { ?x :p ?v } UNION { ?x :q ?v } UNION { ?x :r ?v } }", "(project (?x ?v) (union (union (bgp (triple ?x <http://e/p> ?v)) (bgp (triple ?x <http://e/q> ?v))) (bgp (triple ?x <http://e/r> ?v))))")]
    [InlineData(P + "SELECT * { ?x :p ?v MINUS { ?x :q ?v } }", "(project (?x ?v) (minus (bgp (triple ?x <http://e/p> ?v)) (bgp (triple ?x <http://e/q> ?v))))")]
    [InlineData(P + "SELECT * { ?x :p ?v BIND(?v + 1 AS ?w) ?x :q ?w }", "(project (?x ?v ?w) (join (extend ((?w (+ ?v 1))) (bgp (triple ?x <http://e/p> ?v))) (bgp (triple ?x <http://e/q> ?w))))")]
    [InlineData(P + "SELECT * { GRAPH ?g { ?x :p ?v } }", "(project (?g ?x ?v) (graph ?g (bgp (triple ?x <http://e/p> ?v))))")]
    [InlineData(P + "SELECT * { SERVICE SILENT <http://s/> { ?x :p ?v } }", "(project (?x ?v) (service silent <http://s/> (bgp (triple ?x <http://e/p> ?v))))")]
    [InlineData(P + "SELECT * { ?x :p ?v VALUES ?v { 1 :a UNDEF } }", "(project (?x ?v) (join (bgp (triple ?x <http://e/p> ?v)) (table (vars ?v) (row [?v 1]) (row [?v <http://e/a>]) (row))))")]
    [InlineData(P + "SELECT * { ?x :p ?v } VALUES (?x ?v) { (:a 2) }", "(project (?x ?v) (join (bgp (triple ?x <http://e/p> ?v)) (table (vars ?x ?v) (row [?x <http://e/a>] [?v 2]))))")]
    [InlineData(P + "SELECT ?x { ?x :p/:q ?y }", "(project (?x) (bgp (triple ?x <http://e/p> ??.0) (triple ??.0 <http://e/q> ?y)))")]
    [InlineData(P + "SELECT ?x { ?x ^:p ?y }", "(project (?x) (bgp (triple ?y <http://e/p> ?x)))")]
    [InlineData(P + "SELECT ?x { ?x :p* ?y }", "(project (?x) (path ?x (path* <http://e/p>) ?y))")]
    [InlineData(P + "SELECT ?x { ?x (:p|^:q)+ ?y }", "(project (?x) (path ?x (path+ (alt <http://e/p> (reverse <http://e/q>))) ?y))")]
    [InlineData(P + "SELECT ?x { ?x !(:p|^:q|a) ?y }", "(project (?x) (path ?x (notoneof <http://e/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> (reverse <http://e/q>)) ?y))")]
    [InlineData(P + "SELECT ?x { ?x :p? ?y . ?y :q ?z }", "(project (?x) (join (path ?x (path? <http://e/p>) ?y) (bgp (triple ?y <http://e/q> ?z))))")]
    [InlineData(P + "SELECT ?x { ?x :p [ :q ?z ] }", "(project (?x) (bgp (triple ??.0 <http://e/q> ?z) (triple ?x <http://e/p> ??.0)))")]
    [InlineData(P + "SELECT ?x { ?x :p (1 ?z) }", "(project (?x) (bgp (triple ??.0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 1) (triple ??.0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> ??.1) (triple ??.1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?z) (triple ??.1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>) (triple ?x <http://e/p> ??.0)))")]
    [InlineData(P + "SELECT ?x { _:b :p ?x }", "(project (?x) (bgp (triple ??b <http://e/p> ?x)))")]
    [InlineData(P + "SELECT ?x (COUNT(*) AS ?n) { ?x :p ?y } GROUP BY ?x HAVING (COUNT(*) > 1)", "(project (?x ?n) (extend ((?n ?.0)) (filter (> ?.0 1) (group (?x) ((?.0 (count))) (bgp (triple ?x <http://e/p> ?y))))))")]
    [InlineData(P + "SELECT (SUM(DISTINCT ?y) AS ?s) (GROUP_CONCAT(?y ; SEPARATOR=\",\") AS ?c) { ?x :p ?y }", "(project (?s ?c) (extend ((?c ?.1)) (extend ((?s ?.0)) (group () ((?.0 (sum distinct ?y)) (?.1 (group_concat (separator \",\") ?y))) (bgp (triple ?x <http://e/p> ?y))))))")]
    [InlineData(P + "SELECT ?k { ?x :p ?y } GROUP BY (STR(?y) AS ?k)", "(project (?k) (group ((?k (str ?y))) (bgp (triple ?x <http://e/p> ?y))))")]
    [InlineData(P + "SELECT DISTINCT ?x { ?x :p ?y } ORDER BY DESC(?y) ?x LIMIT 10 OFFSET 5", "(slice 5 10 (distinct (project (?x) (order ((desc ?y) ?x) (bgp (triple ?x <http://e/p> ?y))))))")]
    [InlineData(P + "SELECT REDUCED ?x { ?x :p ?y } OFFSET 3", "(slice 3 _ (reduced (project (?x) (bgp (triple ?x <http://e/p> ?y)))))")]
    [InlineData(P + "SELECT ?x { ?x :p ?y { SELECT ?y { ?y :q ?z } LIMIT 1 } }", "(project (?x) (join (bgp (triple ?x <http://e/p> ?y)) (slice _ 1 (project (?y) (bgp (triple ?y <http://e/q> ?z))))))")]
    [InlineData(P + "SELECT ?x { ?x :p ?y FILTER NOT EXISTS { ?y :q ?x } }", "(project (?x) (filter (notexists (bgp (triple ?y <http://e/q> ?x))) (bgp (triple ?x <http://e/p> ?y))))")]
    [InlineData(P + "SELECT ?x { ?x :p ?y FILTER(?y IN (1, 2) && ?y NOT IN (3) || !BOUND(?x)) }", "(project (?x) (filter (|| (&& (in ?y 1 2) (notin ?y 3)) (! (bound ?x))) (bgp (triple ?x <http://e/p> ?y))))")]
    [InlineData(P + "SELECT ?x { ?x :p ?y FILTER(-?y * 2 - -1 / +3 <= 4.5e0) }", "(project (?x) (filter (<= (- (* (- ?y) 2) (/ -1 +3)) 4.5e0) (bgp (triple ?x <http://e/p> ?y))))")]
    [InlineData("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?x { ?x ?p ?y FILTER(xsd:integer(?y) = 1 && regex(str(?y), \"a\", \"i\")) }", "(project (?x) (filter (&& (= (<http://www.w3.org/2001/XMLSchema#integer> ?y) 1) (regex (str ?y) \"a\" \"i\")) (bgp (triple ?x ?p ?y))))")]
    [InlineData(P + "SELECT * { ?x :p \"a\"@en , \"b\"^^:t , '''c\nd''' , true , 1.5 , -2 }", "(project (?x) (bgp (triple ?x <http://e/p> \"a\"@en) (triple ?x <http://e/p> \"b\"^^<http://e/t>) (triple ?x <http://e/p> \"c\\nd\") (triple ?x <http://e/p> true) (triple ?x <http://e/p> 1.5) (triple ?x <http://e/p> -2)))")]
    [InlineData("BASE <http://b/x/> PREFIX p: <y/> SELECT * { <a> p:z ?o }", "(project (?o) (bgp (triple <http://b/x/a> <http://b/x/y/z> ?o)))")]
    [InlineData(P + "ASK { ?x :p ?y }", "(ask (bgp (triple ?x <http://e/p> ?y)))")]
    [InlineData(P + "CONSTRUCT { ?x :q [ :r ?y ] } WHERE { ?x :p ?y }", "(construct (template (triple _:.0 <http://e/r> ?y) (triple ?x <http://e/q> _:.0)) (bgp (triple ?x <http://e/p> ?y)))")]
    [InlineData(P + "CONSTRUCT WHERE { ?x :p ?y }", "(construct (template (triple ?x <http://e/p> ?y)) (bgp (triple ?x <http://e/p> ?y)))")]
    [InlineData(P + "DESCRIBE ?x :a FROM :g FROM NAMED :h { ?x :p ?y }", "(dataset (default <http://e/g>) (named <http://e/h>) (describe (?x <http://e/a>) (bgp (triple ?x <http://e/p> ?y))))")]
    [InlineData("DESCRIBE <http://e/a>", "(describe (<http://e/a>) (table unit))")]
    public void Query_translates_to_the_expected_algebra(string query, string expected) =>
        Assert.Equal(expected, SparqlParser.ParseQuery(query).ToString());

    [Theory]
    [InlineData(P + "INSERT DATA { :a :p 1 . GRAPH :g { :a :q _:b } }", "(update (insertData (triple <http://e/a> <http://e/p> 1) (quad <http://e/g> <http://e/a> <http://e/q> _:b)))")]
    [InlineData(P + "DELETE DATA { :a :p \"x\" }", "(update (deleteData (triple <http://e/a> <http://e/p> \"x\")))")]
    [InlineData(P + "DELETE WHERE { ?x :p ?y . GRAPH ?g { ?y :q ?z } }", "(update (deleteWhere (triple ?x <http://e/p> ?y) (quad ?g ?y <http://e/q> ?z)))")]
    [InlineData(P + "WITH :g DELETE { ?x :p ?y } INSERT { ?x :q ?y } USING :u USING NAMED :n WHERE { ?x :p ?y }", "(update (modify (with <http://e/g>) (delete (triple ?x <http://e/p> ?y)) (insert (triple ?x <http://e/q> ?y)) (using <http://e/u>) (usingNamed <http://e/n>) (bgp (triple ?x <http://e/p> ?y))))")]
    [InlineData(P + "LOAD SILENT :doc INTO GRAPH :g ; CLEAR DEFAULT ; DROP NAMED ; CREATE GRAPH :h ; CLEAR ALL", "(update (load silent <http://e/doc> <http://e/g>) (clear default) (drop named) (create <http://e/h>) (clear all))")]
    [InlineData(P + "COPY DEFAULT TO :g ; MOVE SILENT GRAPH :g TO DEFAULT ; ADD :a TO :b ;", "(update (copy default <http://e/g>) (move silent <http://e/g> default) (add <http://e/a> <http://e/b>))")]
    [InlineData("", "(update)")]
    [InlineData(P + "INSERT { _:b :p 1 } WHERE {} ; INSERT { _:b :p 2 } WHERE {}", "(update (modify (insert (triple _:b <http://e/p> 1)) (table unit)) (modify (insert (triple _:b <http://e/p> 2)) (table unit)))")]
    public void Update_translates_to_the_expected_algebra(string update, string expected) =>
        Assert.Equal(expected, SparqlParser.ParseUpdate(update).ToString());

    [Fact]
    public void Select_star_lists_user_variables_in_order_of_appearance()
    {
        var q = Assert.IsType<SelectQuery>(SparqlParser.ParseQuery("SELECT * { ?b ?a _:x OPTIONAL { ?c ?a [] } BIND(1 AS ?d) }"));
        Assert.True(q.SelectAll);
        Assert.Equal(["b", "a", "c", "d"], q.Variables.Select(v => v.Name));
    }

    [Fact]
    public void Prologue_and_dataset_are_kept()
    {
        var q = SparqlParser.ParseQuery("BASE <http://b/> PREFIX ex: <http://e/> SELECT ?x FROM ex:g FROM NAMED <n> { ?x ?p ?o }");
        Assert.Equal("http://b/", q.Prologue.BaseIri);
        Assert.Equal("http://e/", q.Prologue.Prefixes["ex"]);
        Assert.Equal("http://e/g", q.Dataset.DefaultGraphs.Single().Value);
        Assert.Equal("http://b/n", q.Dataset.NamedGraphs.Single().Value);
    }

    [Fact]
    public void Parsed_algebra_has_structural_equality()
    {
        const string text = "PREFIX : <http://e/> SELECT ?x { ?x :p ?y FILTER(?y > 1) } ORDER BY ?y";
        Assert.Equal(SparqlParser.ParseQuery(text).Pattern, SparqlParser.ParseQuery(text).Pattern);
        Assert.Equal(SparqlParser.ParseQuery(text).Pattern.GetHashCode(), SparqlParser.ParseQuery(text).Pattern.GetHashCode());
    }

    [Fact]
    public void Base_argument_resolves_relative_iris()
    {
        var q = SparqlParser.ParseQuery("SELECT * { <a> ?p ?o }", "http://base/dir/q.rq");
        Assert.Equal("(project (?p ?o) (bgp (triple <http://base/dir/a> ?p ?o)))", q.ToString());
    }

    [Theory]
    [InlineData("SELECT (COUNT(?x) AS ?n) { ?x ?p ?o FILTER(COUNT(?x) > 1) }", "COUNT is only allowed in SELECT, HAVING and ORDER BY")]
    [InlineData("SELECT * { ?x ?p ?o BIND(SUM(?o) AS ?s) }", "SUM is only allowed")]
    [InlineData("SELECT (SUM(COUNT(?x)) AS ?n) { ?x ?p ?o }", "COUNT is nested in another aggregate")]
    [InlineData("SELECT ?x (COUNT(*) AS ?n) { ?x ?p ?o }", "?x is selected but is neither grouped")]
    [InlineData("SELECT ((?o + 1) AS ?z) { ?x ?p ?o } GROUP BY ?x", "uses ?o, which is not grouped")]
    [InlineData("SELECT (STR(?y) AS ?s) { ?x ?p ?y } GROUP BY STR(?y)", "uses ?y, which is not grouped")]
    [InlineData("SELECT ?x (1 AS ?x) { }", "assigns ?x, which is already in scope")]
    [InlineData("SELECT * { ?x ?p ?o BIND(1 AS ?o) }", "BIND assigns ?o")]
    [InlineData("SELECT * { ?x <p> undeclared:y }", "the prefix 'undeclared:' is not declared")]
    [InlineData("SELECT * { ?x ?p ?o } LIMIT -1", "expected a non-negative integer after LIMIT")]
    [InlineData("SELECT * { ?x ?p \"abc }", "unterminated string literal")]
    [InlineData("SELECT * { ?x ?p STRLEN(?x) }", "expected a variable, an IRI, a literal or a blank node")]
    [InlineData("SELECT * { ?s ?p \"a\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> }", "1:23: a literal typed rdf:langString needs a language tag")]
    [InlineData("SELECT * { FILTER(SUBSTR(?x)) }", "SUBSTR takes 2 or 3 argument(s), found 1")]
    public void Rule_violations_are_parse_errors(string query, string fragment)
    {
        var e = Assert.Throws<SparqlParseException>(() => SparqlParser.ParseQuery(query));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INSERT DATA { ?x <p> 1 }", "variables are not allowed in INSERT DATA")]
    [InlineData("DELETE DATA { _:b <p> 1 }", "blank nodes are not allowed in DELETE DATA")]
    [InlineData("DELETE { [] <p> ?o } WHERE { ?s <p> ?o }", "blank nodes are not allowed in a DELETE template")]
    [InlineData("INSERT DATA { _:b <p> 1 } ; INSERT DATA { _:b <p> 2 }", "'_:b' is already used in an earlier operation")]
    [InlineData("INSERT DATA { GRAPH ?g { <s> <p> 1 } }", "variables are not allowed in INSERT DATA")]
    [InlineData("CLEAR GRAPH", "1:12: expected a graph IRI after GRAPH, found end of input")]
    public void Update_rule_violations_are_parse_errors(string update, string fragment)
    {
        var e = Assert.Throws<SparqlParseException>(() => SparqlParser.ParseUpdate(update));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }
}
