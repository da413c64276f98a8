using KnowledgeGraph.GraphQL.Compilation.Update;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Syntax;
using Snapshooter.Xunit;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The SPARQL Update text mutations compile to: built through the update syntax tree, escaped, reparsable.</summary>
public sealed class CompiledUpdateTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string Id = "https://w3id.org/newskg/id/";
    private const string Label = "http://www.w3.org/2000/01/rdf-schema#label";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private MutationPlan Plan() => new("updatePlace", SchemaModelBuilder.Build(seed.Ontology).Types["Place"]) { RootIri = Id + "place/kabul" };

    [Fact]
    public void Update_with_removals_is_one_delete_insert_where_and_escapes_values()
    {
        var plan = Plan();
        var kabul = new Iri(Id + "place/kabul");
        plan.Deletes.Add(new DeletePattern(kabul, new Iri(Label), null));
        plan.Deletes.Add(new DeletePattern(kabul, new Iri("https://w3id.org/newskg/ont#within"), new Iri(Id + "place/kabul-province")));
        plan.Inserts.Add(new Triple(kabul, new Iri(Label), new Literal("Kabul \"city\" }\n> <x> \\", "en")));
        var text = MutationUpdateCompiler.Compile(plan, Id + "graph/graphql-edits", Id + "edit/1", Id + "agent/write-token-holder", Now).ToString();
        var parsed = SparqlParser.ParseUpdate(text, null);
        Assert.Single(parsed.Operations);
        Assert.Contains("\"Kabul \\\"city\\\" }\\n> <x> \\\\\"@en", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void A_create_is_insert_data_into_the_edit_graph()
    {
        var plan = Plan();
        plan.Inserts.Add(new Triple(new Iri(Id + "place/new"), new Iri(Label), new Literal("New")));
        var text = MutationUpdateCompiler.Compile(plan, Id + "graph/graphql-edits", Id + "edit/2", Id + "agent/write-token-holder", Now).ToString();
        Assert.StartsWith("INSERT DATA {\n  GRAPH <" + Id + "graph/graphql-edits> {", text, StringComparison.Ordinal);
        Assert.Contains("\"2026-11-25T08:00:00.000Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>", text, StringComparison.Ordinal);
        Assert.Single(SparqlParser.ParseUpdate(text, null).Operations);
    }

    [Fact]
    public void The_writer_refuses_a_relative_iri_and_variables_in_data()
    {
        var relative = new UpdateRequestSyntax([new InsertDataOperation([new QuadPattern(null, new TriplePattern(new IriTerm("no-scheme"), new IriTerm(Label), new LiteralTerm(new Literal("x"))))])]);
        Assert.Throws<global::GraphQL.ExecutionError>(() => relative.ToString());
        var variable = new UpdateRequestSyntax([new InsertDataOperation([new QuadPattern(null, new TriplePattern(new VariableTerm("s"), new IriTerm(Label), new LiteralTerm(new Literal("x"))))])]);
        Assert.Throws<InvalidOperationException>(() => variable.ToString());
    }
}
