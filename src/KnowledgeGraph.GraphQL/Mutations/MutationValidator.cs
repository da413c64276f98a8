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
    private readonly ShapesGraph _shapes;
    private readonly IReadOnlyList<Quad> _ontology;

    public MutationValidator(IReadOnlyList<Quad> shapeQuads, IReadOnlyList<Quad> ontologyQuads)
    {
        var shapes = new Graph();
        shapes.AddAll(shapeQuads);
        _shapes = new ShapesGraph(shapes);
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

        var report = ShaclValidator.Validate(data, _shapes);
        return report.Results
            .Where(r => r.FocusNode is Iri i && focus.Contains(i.Value))
            .Select(ToError)
            .OrderBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
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
