using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>
/// SHACL Core validation of a data graph against a shapes graph (W3C SHACL, section 3): every targeted
/// shape is evaluated on each of its focus nodes; the results form one <see cref="ValidationReport"/>.
/// </summary>
public static class ShaclValidator
{
    public static ValidationReport Validate(Graph data, ShapesGraph shapes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shapes);
        var context = new ValidationContext(data, shapes);
        var results = new List<ValidationResult>();
        foreach (var shape in shapes.TargetedShapes)
        {
            var focusNodes = new HashSet<Term>();
            foreach (var target in shape.Targets)
            {
                foreach (var focus in target.FocusNodes(data, context.Classes))
                {
                    if (focusNodes.Add(focus))
                    {
                        context.Evaluate(shape, focus, results);
                    }
                }
            }
        }

        return new ValidationReport(results, shapes.Graph);
    }

    public static ValidationReport Validate(Graph data, Graph shapes) => Validate(data, new ShapesGraph(shapes));
}
