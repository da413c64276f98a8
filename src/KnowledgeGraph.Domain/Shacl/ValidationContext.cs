using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>
/// State of one validation run: the data graph, class membership, and the (shape, focus) pairs being
/// evaluated, so a recursive shape reference ends instead of looping (recursion is undefined in SHACL
/// Core; a pair met again while it is being evaluated is taken to conform, as most engines do).
/// </summary>
public sealed class ValidationContext
{
    private readonly HashSet<(Shape, Term)> _inProgress = [];

    internal ValidationContext(Graph data, ShapesGraph shapes)
    {
        Data = data;
        Shapes = shapes;
        Classes = new ClassHierarchy(data);
    }

    public Graph Data { get; }

    public ShapesGraph Shapes { get; }

    public ClassHierarchy Classes { get; }

    /// <summary>Validates <paramref name="focus"/> against <paramref name="shape"/>, adding results to <paramref name="results"/>.</summary>
    public void Evaluate(Shape shape, Term focus, List<ValidationResult> results)
    {
        if (shape.Deactivated || !_inProgress.Add((shape, focus)))
        {
            return;
        }

        try
        {
            var values = shape.Path is null ? [focus] : shape.Path.Evaluate(Data, focus);
            foreach (var constraint in shape.Constraints)
            {
                constraint.Validate(this, shape, focus, values, results);
            }
        }
        finally
        {
            _inProgress.Remove((shape, focus));
        }
    }

    /// <summary>Conformance as <c>sh:node</c>, <c>sh:not</c> and friends need it: no results at all, whatever their severity.</summary>
    public bool Conforms(Term node, Shape shape)
    {
        var results = new List<ValidationResult>();
        Evaluate(shape, node, results);
        return results.Count == 0;
    }

    /// <summary>Adds a result for <paramref name="shape"/>, using its <c>sh:message</c> values when it has any.</summary>
    public static void Report(
        List<ValidationResult> results, Shape shape, Term focus, Term? value, Iri component, string defaultMessage)
    {
        var messages = shape.Messages.Count > 0 ? shape.Messages : [new Literal(defaultMessage)];
        results.Add(new ValidationResult(focus, shape, component, shape.Severity, value, messages));
    }
}
