using KnowledgeGraph.GraphQL.Compilation;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Syntax;
using Snapshooter.Xunit;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The SPARQL text the compiler emits for representative operations: plain SPARQL 1.1 that our parser reads.</summary>
public sealed class CompiledSparqlTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private GraphQLToSparqlCompiler Compiler => new(SchemaModelBuilder.Build(seed.Ontology));

    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string Label = "http://www.w3.org/2000/01/rdf-schema#label";

    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Connection_with_filters_order_and_cursor()
    {
        var compiler = Compiler;
        var idIsAfghanistan = Obj(("id", Obj(("eq", "https://w3id.org/newskg/id/place/afghanistan"))));
        var withinAfghanistan = Obj(("within", Obj(("some", idIsAfghanistan))));
        var denies = Obj(("stance", Obj(("eq", "DENIES"))));
        var noDenial = Obj(("claims", Obj(("none", denies))));
        var where = Obj(
            ("label", Obj(("contains", "Kab\"ul"))),
            ("startDate", Obj(("gte", "2021-07-01"))),
            ("place", Obj(("some", withinAfghanistan))),
            ("OR", new List<object?> { Obj(("eventType", Obj(("isNull", true)))), Obj(("NOT", noDenial)) }));
        var cursor = new Cursor([new Literal("2021-07-20", new Iri("http://www.w3.org/2001/XMLSchema#date")), null], "https://w3id.org/newskg/id/event/x");
        var sparql = compiler.CompileConnection(compiler.Model.Types["Event"], where, [new SortKey("startDate", true), new SortKey("label", false)], 10, cursor, withTotalCount: true, [Rdf, Label]);
        SparqlParser.ParseQuery(sparql);
        Assert.Contains("\"kab\\\"ul\"", sparql);
        Snapshot.Match(sparql);
    }

    [Fact]
    public void Relation_batch_aggregate_and_search()
    {
        var compiler = Compiler;
        var relation = compiler.CompileRelation(
            ["https://w3id.org/newskg/id/event/a", "https://w3id.org/newskg/id/event/b"],
            compiler.Model.Types["Event"].Fields["claims"],
            Obj(("hedge", Obj(("in", new List<object?> { "ALLEGEDLY", "REPORTEDLY" })))),
            [Rdf]);
        var aggregate = compiler.CompileAggregate(compiler.Model.Types["Claim"], null, ["claimant", "stance"], null);
        var search = compiler.CompileSearch("Kabul", ["Place"], 5);
        foreach (var text in new[] { relation, aggregate, search })
        {
            SparqlParser.ParseQuery(text);
        }

        Snapshot.Match(string.Join("\n----\n", relation, aggregate, search));
    }

    [Fact]
    public void Without_totalCount_the_connection_has_no_count_pass()
    {
        var compiler = Compiler;
        var where = Obj(("place", Obj(("some", Obj(("id", Obj(("eq", "https://w3id.org/newskg/id/place/kabul"))))))));
        var withCount = compiler.CompileConnection(compiler.Model.Types["Event"], where, [], 5, null, withTotalCount: true, [Rdf]);
        var withoutCount = compiler.CompileConnection(compiler.Model.Types["Event"], where, [], 5, null, withTotalCount: false, [Rdf]);
        SparqlParser.ParseQuery(withCount);
        SparqlParser.ParseQuery(withoutCount);
        Assert.Contains("COUNT(DISTINCT ?n)", withCount);
        Assert.DoesNotContain("COUNT", withoutCount);
        // The related node is bound to the IRI instead of tested per candidate with EXISTS.
        Assert.Contains("?n <https://w3id.org/newskg/ont#place> <https://w3id.org/newskg/id/place/kabul> .", withoutCount);
        Assert.DoesNotContain("EXISTS", withoutCount);
    }

    [Fact]
    public void An_or_over_one_scalar_field_joins_the_value_once_and_other_ors_stay_filters()
    {
        var compiler = Compiler;
        var sameField = Obj(("OR", new List<object?> { Obj(("label", Obj(("contains", "kabul")))), Obj(("label", Obj(("startsWith", "herat")))) }));
        var mixed = Obj(("OR", new List<object?> { Obj(("label", Obj(("contains", "kabul")))), Obj(("eventType", Obj(("isNull", true)))) }));
        var joined = compiler.CompileConnection(compiler.Model.Types["Event"], sameField, [], 5, null, withTotalCount: false, [Rdf]);
        var filtered = compiler.CompileConnection(compiler.Model.Types["Event"], mixed, [], 5, null, withTotalCount: false, [Rdf]);
        SparqlParser.ParseQuery(joined);
        SparqlParser.ParseQuery(filtered);
        Assert.Contains("?n <http://www.w3.org/2000/01/rdf-schema#label> ?v0 .", joined);
        Assert.Contains("(CONTAINS(LCASE(STR(?v0)), \"kabul\") || STRSTARTS(LCASE(STR(?v0)), \"herat\"))", joined);
        Assert.DoesNotContain("EXISTS", joined);
        Assert.Contains("EXISTS { ?n <http://www.w3.org/2000/01/rdf-schema#label>", filtered);
    }

    [Fact]
    public void A_bad_iri_is_an_error_not_an_injection()
    {
        var compiler = Compiler;
        var e = Assert.Throws<global::GraphQL.ExecutionError>(() => compiler.CompileLookup(compiler.Model.Types["Event"], "x> } DROP ALL #", [Rdf]));
        Assert.Contains("not an absolute IRI", e.Message);
    }
}
