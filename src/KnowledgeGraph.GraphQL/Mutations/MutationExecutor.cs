using System.Text;
using GraphQL;
using KnowledgeGraph.GraphQL.Compilation;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Runs one mutation field: plans it, reads the touched entities' current triples and neighbourhood through the
/// <see cref="ISparqlRunner"/> (SPARQL text, so a remote store works the same), completes the plan (references to a
/// deleted entity, old values of replaced fields), validates the result with SHACL, and only then sends ONE SPARQL
/// Update through the <see cref="ISparqlUpdateRunner"/>. The answer is read back with the normal query path.
/// </summary>
internal sealed class MutationExecutor(
    MutationPlanner planner,
    MutationValidator validator,
    MutationSettings settings,
    ISparqlRunner runner,
    ISparqlUpdateRunner updater,
    QueryLog log,
    CancellationToken cancellation)
{
    // Reads until every involved node's neighbourhood is known: a delete with DETACH needs three (the entity, its
    // claims, the nodes those claims pointed at); more means a cascade this executor does not follow.
    private const int MaxRounds = 6;
    private static readonly Iri RdfType = new(Vocab.Type);
    private static readonly Iri ClaimSubject = new(Vocab.Kg + "claimSubject");
    private static readonly Iri ClaimObject = new(Vocab.Kg + "claimObject");
    private const string ClaimClass = Vocab.Kg + "Claim";

    /// <summary>Plans, validates and writes; returns the plan, or the SHACL violations (nothing written) as errors.</summary>
    public (MutationPlan Plan, IReadOnlyList<ExecutionError> Violations) Execute(SelectionNode root, SchemaModel model)
    {
        var plan = planner.Plan(root);
        var before = new HashSet<Triple>();
        var read = new HashSet<string>(StringComparer.Ordinal);
        var handledReferences = new HashSet<Triple>();
        for (var round = 0; round < MaxRounds; round++)
        {
            var neighbourhood = plan.Touched.Concat(plan.Deleted).Where(n => !read.Contains(n) && !plan.Created.Contains(n)).ToHashSet(StringComparer.Ordinal);
            var single = plan.Referenced.Concat(plan.Created).Where(n => !read.Contains(n)).Except(neighbourhood).ToHashSet(StringComparer.Ordinal);
            if (neighbourhood.Count == 0 && single.Count == 0)
            {
                break;
            }

            foreach (var row in Run(CompileContext(neighbourhood, single)))
            {
                if (row["s"] is Iri s && row["p"] is Iri p && row["o"] is { } o and (Iri or Literal))
                {
                    before.Add(new Triple(s, p, o));
                }
            }

            read.UnionWith(neighbourhood);
            read.UnionWith(single);
            if (plan.Delete is { } mode)
            {
                References(plan, mode, before, handledReferences);
            }

            // A node that loses an incoming link may break a shape on an inverse path ("every event has a claim").
            foreach (var t in before.Where(t => t.Obj is Iri && t.Predicate != RdfType && plan.Deletes.Any(d => d.Matches(t))).ToList())
            {
                var target = ((Iri)t.Obj).Value;
                if (!plan.Deleted.Contains(target) && IsInstance(model, before, target))
                {
                    plan.Touched.Add(target);
                }
            }
        }

        if (plan.Touched.Concat(plan.Deleted).Any(n => !read.Contains(n) && !plan.Created.Contains(n)))
        {
            throw new ExecutionError($"The mutation reaches further than {MaxRounds} levels of linked entities; nothing was changed. Split it into smaller steps.");
        }

        CheckExistence(plan, before);
        var after = before.Where(t => !plan.Deletes.Any(d => d.Matches(t))).ToHashSet();
        after.UnionWith(plan.Inserts);
        var focus = plan.Touched.Concat(plan.Created).Where(n => !plan.Deleted.Contains(n)).ToHashSet(StringComparer.Ordinal);
        var violations = validator.Validate(after, focus);
        if (violations.Count > 0)
        {
            return (plan, violations);
        }

        var now = DateTimeOffset.UtcNow;
        var activity = settings.InstanceBase + "edit/" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture)
            + "-" + IriMinter.Slug(Guid.NewGuid().ToString("N")[..6]);
        var update = MutationUpdateCompiler.Compile(plan, settings.EditGraph, activity, settings.EditAgent, now).ToString();
        log.Add(update);
        updater.Update(update, cancellation);
        return (plan, []);
    }

    /// <summary>Incoming links to deleted entities: an error under RESTRICT; under DETACH removed, and claims about the entity deleted.</summary>
    private static void References(MutationPlan plan, DeleteMode mode, HashSet<Triple> before, HashSet<Triple> handled)
    {
        var incoming = before.Where(t => t.Obj is Iri o && plan.Deleted.Contains(o.Value) && t.Subject is Iri s && !plan.Deleted.Contains(s.Value) && !handled.Contains(t)).ToList();
        if (incoming.Count == 0)
        {
            return;
        }

        if (mode == DeleteMode.Restrict)
        {
            var sample = new StringBuilder();
            foreach (var t in incoming.OrderBy(t => ((Iri)t.Subject).Value, StringComparer.Ordinal).Take(5))
            {
                sample.Append(sample.Length == 0 ? string.Empty : ", ").Append('<').Append(((Iri)t.Subject).Value).Append("> <").Append(t.Predicate.Value).Append('>');
            }

            var error = new ExecutionError(
                $"<{plan.RootIri}> is still referenced {incoming.Count} time(s) ({sample}{(incoming.Count > 5 ? ", ..." : string.Empty)}); "
                + "delete with mode: DETACH to remove those references and the claims about it, or disconnect them first. Nothing was changed.")
            {
                Code = "REFERENCED",
            };
            error.AddExtension("references", incoming.Count);
            throw error;
        }

        foreach (var t in incoming)
        {
            handled.Add(t);
            var subject = (Iri)t.Subject;
            var isClaim = before.Contains(new Triple(subject, RdfType, new Iri(ClaimClass)));
            if (isClaim && (t.Predicate == ClaimSubject || t.Predicate == ClaimObject))
            {
                if (plan.Deleted.Add(subject.Value))
                {
                    plan.DeletedClaims.Add(subject.Value);
                    plan.Deletes.Add(new DeletePattern(subject, null, null));
                    plan.Touched.Remove(subject.Value);
                }
            }
            else
            {
                plan.Deletes.Add(new DeletePattern(subject, t.Predicate, t.Obj));
                plan.Touched.Add(subject.Value);
            }
        }
    }

    private void CheckExistence(MutationPlan plan, HashSet<Triple> before)
    {
        var subjects = before.Select(t => t.Subject).OfType<Iri>().Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (iri, type) in plan.Existing)
        {
            if (!type.MatchClassIris.Any(c => before.Contains(new Triple(new Iri(iri), RdfType, new Iri(c)))))
            {
                throw new ExecutionError($"There is no {type.Name} <{iri}>.") { Code = "NOT_FOUND" };
            }
        }

        foreach (var iri in plan.Referenced)
        {
            if (!subjects.Contains(iri) && !validator.OntologySubjects.Contains(iri))
            {
                throw new ExecutionError($"connect: there is no node <{iri}>.") { Code = "NOT_FOUND" };
            }

            if (plan.Deleted.Contains(iri))
            {
                throw new ExecutionError($"connect: <{iri}> is being deleted.");
            }
        }

        foreach (var iri in plan.Created)
        {
            if (subjects.Contains(iri))
            {
                throw new ExecutionError($"create: <{iri}> already exists; update it instead.") { Code = "ALREADY_EXISTS" };
            }
        }
    }

    private static bool IsInstance(SchemaModel model, HashSet<Triple> before, string iri) =>
        before.Any(t => t.Subject is Iri s && s.Value == iri && t.Predicate == RdfType && t.Obj is Iri c
            && model.Ontology.Classes.Any(k => k.Iri == c.Value));

    /// <summary>
    /// The current data for validation: all triples of every node involved; for touched and deleted nodes also the
    /// triples pointing at them, the triples of the nodes they point at (types, schemes, for sh:class and sh:node),
    /// and the types of the nodes pointing at them.
    /// </summary>
    private static string CompileContext(IReadOnlySet<string> neighbourhood, IReadOnlySet<string> single)
    {
        var sb = new StringBuilder("SELECT DISTINCT ?s ?p ?o WHERE {\n");
        var branches = new List<string>();
        if (single.Count > 0)
        {
            branches.Add($"{{ {SparqlTerms.Values("?s", single.Order(StringComparer.Ordinal))} ?s ?p ?o . }}");
        }

        if (neighbourhood.Count > 0)
        {
            var values = SparqlTerms.Values("?f", neighbourhood.Order(StringComparer.Ordinal));
            var type = SparqlTerms.Iri(Vocab.Type);
            branches.Add($"{{ {values} ?f ?p ?o . BIND(?f AS ?s) }}");
            branches.Add($"{{ {values} ?s ?p ?f . BIND(?f AS ?o) }}");
            branches.Add($"{{ {values} ?f ?q ?s . FILTER(isIRI(?s)) ?s ?p ?o . }}");
            branches.Add($"{{ {values} ?s ?q ?f . ?s {type} ?o . BIND({type} AS ?p) }}");
        }

        sb.Append("  ").Append(string.Join("\n  UNION ", branches)).Append("\n}\n");
        return sb.ToString();
    }

    private List<KnowledgeGraph.Sparql.Results.SolutionRow> Run(string sparql)
    {
        log.Add(sparql);
        return runner.Select(sparql, cancellation).ToList();
    }
}
