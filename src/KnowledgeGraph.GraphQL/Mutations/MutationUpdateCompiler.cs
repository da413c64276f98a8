using System.Globalization;
using KnowledgeGraph.GraphQL.Compilation.Update;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Compiles a completed <see cref="MutationPlan"/> to ONE SPARQL Update request through the update syntax tree:
/// <c>INSERT DATA</c> into the edit graph when nothing is removed, otherwise one <c>DELETE { … } INSERT { … } WHERE
/// { … }</c> whose WHERE is a UNION of one branch per delete pattern, in the default graph and in any named graph (so a
/// value is removed wherever it was loaded), plus an empty branch so the insert happens even when nothing matched.
/// The edit is recorded as a prov:Activity in the edit graph (when, by whom, which mutation).
/// </summary>
public static class MutationUpdateCompiler
{
    private const string Prov = "http://www.w3.org/ns/prov#";

    public static UpdateRequestSyntax Compile(MutationPlan plan, string editGraph, string activityIri, string agentIri, DateTimeOffset now)
    {
        var graph = new IriTerm(editGraph);
        var inserts = plan.Inserts.Distinct().Select(t => new QuadPattern(graph, new TriplePattern(Term(t.Subject), Term(t.Predicate), Term(t.Obj)))).ToList();
        var activity = new IriTerm(activityIri);
        inserts.Add(Quad(graph, activity, new IriTerm(Vocab.Type), new IriTerm(Prov + "Activity")));
        inserts.Add(Quad(graph, activity, new IriTerm(Prov + "endedAtTime"),
            new LiteralTerm(new Literal(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), new Iri(Vocab.Xsd + "dateTime")))));
        inserts.Add(Quad(graph, activity, new IriTerm(Prov + "wasAssociatedWith"), new IriTerm(agentIri)));
        inserts.Add(Quad(graph, activity, new IriTerm(Vocab.Comment), new LiteralTerm(new Literal($"GraphQL {plan.Operation} <{plan.RootIri}>"))));

        var deletes = plan.Deletes.Distinct().ToList();
        if (deletes.Count == 0)
        {
            return new UpdateRequestSyntax([new InsertDataOperation(inserts)]);
        }

        var template = new List<QuadPattern>();
        var branches = new List<GroupPattern> { new BasicPattern([]) };
        for (var i = 0; i < deletes.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var d = deletes[i];
            var triple = new TriplePattern(
                d.Subject is null ? new VariableTerm("s" + n) : Term(d.Subject),
                d.Predicate is null ? new VariableTerm("p" + n) : Term(d.Predicate),
                d.Object is null ? new VariableTerm("o" + n) : Term(d.Object));
            var g = new VariableTerm("g" + n);
            template.Add(new QuadPattern(null, triple));
            template.Add(new QuadPattern(g, triple));
            branches.Add(new BasicPattern([triple]));
            branches.Add(new GraphPattern(g, new BasicPattern([triple])));
        }

        return new UpdateRequestSyntax([new DeleteInsertOperation(template, inserts, new UnionPattern(branches))]);
    }

    private static QuadPattern Quad(IriTerm graph, UpdateTerm s, UpdateTerm p, UpdateTerm o) => new(graph, new TriplePattern(s, p, o));

    private static UpdateTerm Term(Term term) => term switch
    {
        Iri i => new IriTerm(i.Value),
        Literal l => new LiteralTerm(l),
        _ => throw new InvalidOperationException("Mutations write IRIs and literals only."),
    };
}
