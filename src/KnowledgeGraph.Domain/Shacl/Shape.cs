using KnowledgeGraph.Domain.Shacl.Constraints;
using KnowledgeGraph.Domain.Shacl.Paths;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>
/// A node shape (no path) or a property shape (with <see cref="Path"/>), as parsed from the shapes graph.
/// Constraints are filled in after construction so that shapes may refer to each other, even recursively.
/// </summary>
public sealed class Shape
{
    private readonly List<IConstraint> _constraints = [];

    internal Shape(Term id, PropertyPath? path, Term? pathNode, bool deactivated, Iri severity, IReadOnlyList<Literal> messages, IReadOnlyList<Target> targets)
    {
        Id = id;
        Path = path;
        PathNode = pathNode;
        Deactivated = deactivated;
        Severity = severity;
        Messages = messages;
        Targets = targets;
    }

    /// <summary>The shape's node in the shapes graph (often a blank node for property shapes).</summary>
    public Term Id { get; }

    public PropertyPath? Path { get; }

    /// <summary>The <c>sh:path</c> value in the shapes graph, copied into reports as <c>sh:resultPath</c>.</summary>
    public Term? PathNode { get; }

    public bool IsPropertyShape => Path is not null;

    public bool Deactivated { get; }

    public Iri Severity { get; }

    public IReadOnlyList<Literal> Messages { get; }

    public IReadOnlyList<Target> Targets { get; }

    public IReadOnlyList<IConstraint> Constraints => _constraints;

    internal void AddConstraint(IConstraint constraint) => _constraints.Add(constraint);

    public override string ToString() => Id.ToString();
}
