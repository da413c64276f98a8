using GraphQL;
using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Domain.Shacl;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// SHACL before commit: validates the data a mutation would produce for the entities it touches (their current
/// triples and neighbourhood with the changes applied, plus the ontology, which sh:class and the concept checks
/// read) against ontology/shapes.ttl, keeping only the results about touched entities.
/// </summary>
public sealed class MutationValidator
{
    private const string TargetClass = "http://www.w3.org/ns/shacl#targetClass";
    private const string TargetNode = "http://www.w3.org/ns/shacl#targetNode";
    private const string SubClassOf = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private readonly IReadOnlyList<Quad> _shapeQuads;
    private readonly IReadOnlyList<(Term Shape, Term Class)> _classTargets;
    private readonly IReadOnlyList<Quad> _ontology;

    public MutationValidator(IReadOnlyList<Quad> shapeQuads, IReadOnlyList<Quad> ontologyQuads)
    {
        // Class targets are turned into node targets for the touched entities on each validation, so the validator
        // evaluates those entities only, not every typed neighbour the context read brought along.
        _shapeQuads = shapeQuads.Where(q => q.Predicate.Value != TargetClass).ToList();
        _classTargets = shapeQuads.Where(q => q.Predicate.Value == TargetClass).Select(q => (q.Subject, q.Obj)).ToList();
        _ = new ShapesGraph(Load(shapeQuads)); // a malformed shapes file fails at start-up, not on the first mutation
        _ontology = ontologyQuads;
        OntologySubjects = ontologyQuads.Select(q => q.Subject).OfType<Iri>().Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>IRIs the ontology describes (concepts, properties): they exist even when the store does not hold kg.ttl.</summary>
    public IReadOnlySet<string> OntologySubjects { get; }

    /// <summary>The violations about the focus nodes, as GraphQL errors (code SHACL_VIOLATION); empty when the data conforms.</summary>
    public IReadOnlyList<ExecutionError> Validate(IEnumerable<Triple> after, IReadOnlySet<string> focus)
    {
        var data = new Graph();
        data.AddAll(_ontology);
        foreach (var t in after)
        {
            data.Add(t.Subject, t.Predicate, t.Obj);
        }

        var shapes = Load(_shapeQuads);
        foreach (var node in focus)
        {
            var classes = Superclasses(data, data.Objects(new Iri(node), new Iri(RdfType)));
            foreach (var (shape, targetClass) in _classTargets)
            {
                if (classes.Contains(targetClass))
                {
                    shapes.Add(shape, new Iri(TargetNode), new Iri(node));
                }
            }
        }

        var report = ShaclValidator.Validate(data, new ShapesGraph(shapes));
        return report.Results
            .Where(r => r.FocusNode is Iri i && focus.Contains(i.Value))
            .Select(ToError)
            .OrderBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static Graph Load(IEnumerable<Quad> quads)
    {
        var graph = new Graph();
        graph.AddAll(quads);
        return graph;
    }

    /// <summary>The given classes and their rdfs:subClassOf ancestors in the data graph (which holds the ontology).</summary>
    private static HashSet<Term> Superclasses(Graph data, IEnumerable<Term> classes)
    {
        var result = new HashSet<Term>();
        var queue = new Queue<Term>(classes);
        while (queue.TryDequeue(out var c))
        {
            if (result.Add(c))
            {
                foreach (var parent in data.Objects(c, new Iri(SubClassOf)))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return result;
    }

    private static ExecutionError ToError(ValidationResult r)
    {
        var path = r.ResultPath?.Format(i => "<" + i.Value + ">");
        var component = r.SourceConstraintComponent.Value;
        var shapeMessage = r.Messages.Select(m => m.LexicalForm).FirstOrDefault();
        var message = shapeMessage
            ?? $"{Short(component)} violated{(path is null ? string.Empty : " on " + path)}{(r.Value is null ? string.Empty : " by " + Format(r.Value))}.";
        var error = new ExecutionError($"SHACL: <{((Iri)r.FocusNode).Value}>: {message}") { Code = "SHACL_VIOLATION" };
        error.AddExtension("focusNode", ((Iri)r.FocusNode).Value);
        error.AddExtension("resultPath", path);
        error.AddExtension("value", r.Value is null ? null : Format(r.Value));
        error.AddExtension("sourceShape", r.SourceShape.Id is Iri shape ? shape.Value : null);
        error.AddExtension("sourceConstraintComponent", component);
        error.AddExtension("shapeMessage", shapeMessage);
        return error;
    }

    private static string Short(string iri) => iri[(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)..];

    private static string Format(Term term) => term switch
    {
        Iri i => "<" + i.Value + ">",
        Literal l => KnowledgeGraph.Rdf.NTriplesFormatter.FormatLiteral(l),
        _ => term.ToString() ?? string.Empty,
    };
}
