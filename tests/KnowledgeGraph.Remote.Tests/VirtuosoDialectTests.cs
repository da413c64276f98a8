using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>The Virtuoso adapter's text and term rewrites, without a Virtuoso.</summary>
public sealed class VirtuosoDialectTests
{
    private readonly VirtuosoDialect _dialect = new(VirtuosoDialect.DefaultGraphStandIn);

    [Fact]
    public void Positive_exists_becomes_not_not_exists_and_nothing_else_changes()
    {
        var query = """
            # EXISTS { in a comment }
            SELECT * WHERE { ?n <urn:p> "EXISTS { in a string }" . FILTER(EXISTS { ?n <urn:q> ?v . FILTER(EXISTS{ ?v <urn:r> <urn:EXISTS> }) })
              FILTER NOT EXISTS { ?n <urn:s> ?w } FILTER(?a < ?b) }
            """;
        var rewritten = _dialect.PrepareText(query);
        Assert.Equal("""
            # EXISTS { in a comment }
            SELECT * WHERE { ?n <urn:p> "EXISTS { in a string }" . FILTER((!(NOT EXISTS { ?n <urn:q> ?v . FILTER((!(NOT EXISTS{ ?v <urn:r> <urn:EXISTS> }))) })))
              FILTER NOT EXISTS { ?n <urn:s> ?w } FILTER(?a < ?b) }
            """, rewritten);
        KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery(rewritten);
    }

    [Fact]
    public void Graph_variables_leave_system_graphs_and_the_stand_in_out()
    {
        var rewritten = _dialect.PrepareQuery("SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } GRAPH <urn:g> { ?a ?b \"GRAPH ?x { }\" } }");
        Assert.Contains("GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN (<http://www.openlinksw.com/schemas/virtrdf#>", rewritten);
        Assert.Contains("<" + VirtuosoDialect.DefaultGraphStandIn + ">)) }", rewritten);
        Assert.Contains("GRAPH <urn:g> { ?a ?b \"GRAPH ?x { }\" } }", rewritten);
        KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery(rewritten);
    }

    [Fact]
    public void An_is_blank_filter_is_scoped_to_the_plain_patterns_before_it()
    {
        var rewritten = _dialect.PrepareQuery("SELECT * WHERE { { VALUES ?root { <urn:r> } ?root ?p1 ?b1 . FILTER(isBlank(?b1)) ?b1 ?p ?o . BIND(?b1 AS ?s) } UNION { ?x ?y ?z OPTIONAL { ?z ?q ?w } FILTER(isBlank(?z)) } }");
        Assert.Contains("{ { VALUES ?root { <urn:r> } ?root ?p1 ?b1 . FILTER(isBlank(?b1)) } ?b1 ?p ?o", rewritten);
        // With an OPTIONAL before it the filter stays where it was.
        Assert.Contains("OPTIONAL { ?z ?q ?w } FILTER(isBlank(?z)) }", rewritten);
        KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery(rewritten);
    }

    [Fact]
    public void Wkt_literals_travel_under_a_stand_in_datatype_and_come_back_exactly()
    {
        var wkt = new Literal("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(69.17233 34.52813)", new Iri(VirtuosoDialect.WktLiteral));
        var stored = _dialect.PrepareTerm(wkt);
        Assert.Equal(VirtuosoDialect.WktStandIn, ((Literal)stored).Datatype.Value);
        Assert.Equal(wkt, _dialect.NormalizeTerm(stored));
        var text = _dialect.PrepareText("PREFIX geo: <http://www.opengis.net/ont/geosparql#>\nSELECT * { ?g geo:asWKT ?w FILTER(DATATYPE(?w) = geo:wktLiteral) }");
        Assert.Contains($"= <{VirtuosoDialect.WktStandIn}>", text);
        Assert.Contains("geo:asWKT", text);
    }

    [Fact]
    public void Blank_nodes_lose_their_node_id_scheme_and_the_default_graph_has_a_stand_in()
    {
        Assert.Equal(new BlankNode("b10001"), _dialect.NormalizeTerm(new Iri("nodeID://b10001")));
        Assert.Equal(new Iri(VirtuosoDialect.DefaultGraphStandIn), _dialect.StoredGraph(DefaultGraph.Instance));
        Assert.Equal("http://h/crud?graph=urn%3Ax-kg%3Adefault-graph", _dialect.GraphStoreUrl(new Uri("http://h/crud"), DefaultGraph.Instance).AbsoluteUri);
        Assert.Equal("http://h/crud?default", SparqlDialect.Standard.GraphStoreUrl(new Uri("http://h/crud"), DefaultGraph.Instance).AbsoluteUri);
    }

    [Fact]
    public void Boolean_variables_are_found_in_binds_and_projections()
    {
        var names = BooleanVariables.Of("SELECT ?a (?x > 1 AS ?big) WHERE { ?s ?p ?x BIND(EXISTS { ?s ?p ?o } AS ?e) BIND(?x + 1 AS ?n) BIND(CONTAINS(STR(?s), \"a\") AS ?c) }");
        Assert.Equal(["big", "c", "e"], names.Order(StringComparer.Ordinal));
    }
}
