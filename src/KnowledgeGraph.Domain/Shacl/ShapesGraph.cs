using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Domain.Shacl.Constraints;
using KnowledgeGraph.Domain.Shacl.Paths;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>
/// The shapes of a shapes graph, parsed on demand: any node referenced by <c>sh:node</c>, <c>sh:property</c>,
/// <c>sh:and</c>... is a shape, and each is parsed once. <see cref="TargetedShapes"/> lists the shapes that
/// select focus nodes themselves (explicit targets or implicit class targets).
/// </summary>
public sealed class ShapesGraph
{
    private static readonly Iri[] TargetPredicates = [Sh.TargetClass, Sh.TargetNode, Sh.TargetSubjectsOf, Sh.TargetObjectsOf];

    private readonly Dictionary<Term, Shape> _shapes = [];

    public ShapesGraph(Graph graph)
    {
        Graph = graph ?? throw new ArgumentNullException(nameof(graph));
        TargetedShapes = FindTargetedShapes().Select(GetShape).ToList();
    }

    public Graph Graph { get; }

    public IReadOnlyList<Shape> TargetedShapes { get; }

    /// <summary>The shape whose node is <paramref name="id"/>, parsing it the first time.</summary>
    public Shape GetShape(Term id)
    {
        if (_shapes.TryGetValue(id, out var shape))
        {
            return shape;
        }

        Term? pathNode = Graph.Object(id, Sh.Path);
        var path = pathNode is null ? null : ParsePath(pathNode, []);
        shape = new Shape(
            id,
            path,
            pathNode,
            Graph.Object(id, Sh.Deactivated) is Literal { LexicalForm: "true" or "1" },
            Graph.Object(id, Sh.Severity) as Iri ?? Sh.Violation,
            Graph.Objects(id, Sh.Message).OfType<Literal>().ToList(),
            ParseTargets(id));

        // Registered before its constraints are read, so a recursive reference finds it.
        _shapes[id] = shape;
        foreach (var constraint in ParseConstraints(id))
        {
            shape.AddConstraint(constraint);
        }

        return shape;
    }

    private IEnumerable<Term> FindTargetedShapes()
    {
        var seen = new HashSet<Term>();
        foreach (var predicate in TargetPredicates)
        {
            foreach (var triple in Graph.WithPredicate(predicate))
            {
                if (seen.Add(triple.Subject))
                {
                    yield return triple.Subject;
                }
            }
        }

        // Implicit class targets: a shape that is also an rdfs:Class targets its own instances.
        foreach (var shapeType in new[] { Sh.NodeShape, Sh.PropertyShape })
        {
            foreach (var node in Graph.Subjects(RdfVocabulary.Type, shapeType))
            {
                if (Graph.Contains(node, RdfVocabulary.Type, Sh.RdfsClass) && seen.Add(node))
                {
                    yield return node;
                }
            }
        }
    }

    private List<Target> ParseTargets(Term id)
    {
        var targets = new List<Target>();
        targets.AddRange(Graph.Objects(id, Sh.TargetNode).Select(n => new NodeTarget(n)));
        targets.AddRange(Graph.Objects(id, Sh.TargetClass).Select(c => new ClassTarget(c)));
        targets.AddRange(Graph.Objects(id, Sh.TargetSubjectsOf).Select(p => new SubjectsOfTarget(RequireIri(id, Sh.TargetSubjectsOf, p))));
        targets.AddRange(Graph.Objects(id, Sh.TargetObjectsOf).Select(p => new ObjectsOfTarget(RequireIri(id, Sh.TargetObjectsOf, p))));
        if (Graph.Contains(id, RdfVocabulary.Type, Sh.RdfsClass)
            && (Graph.Contains(id, RdfVocabulary.Type, Sh.NodeShape) || Graph.Contains(id, RdfVocabulary.Type, Sh.PropertyShape)))
        {
            targets.Add(new ClassTarget(id));
        }

        return targets;
    }

    private IEnumerable<IConstraint> ParseConstraints(Term id)
    {
        foreach (var (predicate, value) in Graph.Outgoing(id).ToList())
        {
            var constraint = ParseConstraint(id, predicate, value);
            if (constraint is not null)
            {
                yield return constraint;
            }
        }

        if (Graph.Object(id, Sh.Closed) is Literal { LexicalForm: "true" or "1" })
        {
            var allowed = new HashSet<Iri>();
            foreach (var property in Graph.Objects(id, Sh.Property))
            {
                if (Graph.Object(property, Sh.Path) is Iri predicate)
                {
                    allowed.Add(predicate);
                }
            }

            if (Graph.Object(id, Sh.IgnoredProperties) is { } ignored)
            {
                foreach (var item in RequireList(id, Sh.IgnoredProperties, ignored))
                {
                    allowed.Add(RequireIri(id, Sh.IgnoredProperties, item));
                }
            }

            yield return new ClosedConstraint(allowed);
        }

        if (Graph.Object(id, Sh.QualifiedValueShape) is { } qualified)
        {
            var min = Graph.Object(id, Sh.QualifiedMinCount) is { } qmin ? RequireInteger(id, Sh.QualifiedMinCount, qmin) : (int?)null;
            var max = Graph.Object(id, Sh.QualifiedMaxCount) is { } qmax ? RequireInteger(id, Sh.QualifiedMaxCount, qmax) : (int?)null;
            var siblings = Graph.Object(id, Sh.QualifiedValueShapesDisjoint) is Literal { LexicalForm: "true" or "1" }
                ? SiblingQualifiedShapes(id, qualified)
                : [];
            if (min is not null)
            {
                yield return new QualifiedValueShapeConstraint(qualified, min, null, siblings);
            }

            if (max is not null)
            {
                yield return new QualifiedValueShapeConstraint(qualified, null, max, siblings);
            }
        }
    }

    /// <summary>The qualified value shapes of the other property shapes of the node shapes that hold <paramref name="id"/>.</summary>
    private List<Term> SiblingQualifiedShapes(Term id, Term own) =>
        Graph.Subjects(Sh.Property, id)
            .SelectMany(parent => Graph.Objects(parent, Sh.Property))
            .Where(sibling => !sibling.Equals(id))
            .SelectMany(sibling => Graph.Objects(sibling, Sh.QualifiedValueShape))
            .Where(s => !s.Equals(own))
            .Distinct()
            .ToList();

    private IConstraint? ParseConstraint(Term id, Iri predicate, Term value)
    {
        if (!predicate.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal))
        {
            return null;
        }

        return predicate.Value[Sh.Namespace.Length..] switch
        {
            "class" => new ClassConstraint(value),
            "datatype" => new DatatypeConstraint(RequireIri(id, predicate, value)),
            "nodeKind" => new NodeKindConstraint(RequireIri(id, predicate, value)),
            "minCount" => new MinCountConstraint(RequireInteger(id, predicate, value)),
            "maxCount" => new MaxCountConstraint(RequireInteger(id, predicate, value)),
            "minExclusive" => new ValueRangeConstraint(RangeBound.MinExclusive, RequireLiteral(id, predicate, value)),
            "minInclusive" => new ValueRangeConstraint(RangeBound.MinInclusive, RequireLiteral(id, predicate, value)),
            "maxExclusive" => new ValueRangeConstraint(RangeBound.MaxExclusive, RequireLiteral(id, predicate, value)),
            "maxInclusive" => new ValueRangeConstraint(RangeBound.MaxInclusive, RequireLiteral(id, predicate, value)),
            "minLength" => new MinLengthConstraint(RequireInteger(id, predicate, value)),
            "maxLength" => new MaxLengthConstraint(RequireInteger(id, predicate, value)),
            "pattern" => new PatternConstraint(RequireLiteral(id, predicate, value).LexicalForm, (Graph.Object(id, Sh.Flags) as Literal)?.LexicalForm),
            "languageIn" => new LanguageInConstraint(RequireList(id, predicate, value).Select(t => RequireLiteral(id, predicate, t).LexicalForm).ToList()),
            "uniqueLang" => value is Literal { LexicalForm: "true" or "1" } ? new UniqueLangConstraint() : null,
            "equals" => new EqualsConstraint(RequireIri(id, predicate, value)),
            "disjoint" => new DisjointConstraint(RequireIri(id, predicate, value)),
            "lessThan" => new LessThanConstraint(RequireIri(id, predicate, value), OrEquals: false),
            "lessThanOrEquals" => new LessThanConstraint(RequireIri(id, predicate, value), OrEquals: true),
            "not" => new NotConstraint(value),
            "and" => new ShapeListConstraint(LogicalOperator.And, RequireList(id, predicate, value)),
            "or" => new ShapeListConstraint(LogicalOperator.Or, RequireList(id, predicate, value)),
            "xone" => new ShapeListConstraint(LogicalOperator.Xone, RequireList(id, predicate, value)),
            "node" => new NodeConstraint(value),
            "property" => new PropertyConstraint(value),
            "hasValue" => new HasValueConstraint(value),
            "in" => new InConstraint(RequireList(id, predicate, value)),
            _ => null,
        };
    }

    /// <summary>Parses a SHACL path node (2.3.1); <paramref name="visiting"/> rejects a path that contains itself.</summary>
    private PropertyPath ParsePath(Term node, HashSet<Term> visiting)
    {
        if (node is Iri iri)
        {
            return new PredicatePath(iri);
        }

        if (!visiting.Add(node))
        {
            throw new ShapesGraphException($"sh:path {node}: the path refers to itself");
        }

        try
        {
            if (Graph.Objects(node, RdfVocabulary.First).Count > 0)
            {
                var steps = RequireList(node, Sh.Path, node).Select(step => ParsePath(step, visiting)).ToList();
                if (steps.Count < 2)
                {
                    throw new ShapesGraphException($"sh:path {node}: a sequence path needs at least two members");
                }

                return new SequencePath(steps);
            }

            if (Graph.Object(node, Sh.InversePath) is { } inverse)
            {
                return new InversePath(ParsePath(inverse, visiting));
            }

            if (Graph.Object(node, Sh.AlternativePath) is { } alternatives)
            {
                var choices = RequireList(node, Sh.AlternativePath, alternatives).Select(c => ParsePath(c, visiting)).ToList();
                if (choices.Count < 2)
                {
                    throw new ShapesGraphException($"sh:alternativePath on {node}: needs at least two members");
                }

                return new AlternativePath(choices);
            }

            if (Graph.Object(node, Sh.ZeroOrMorePath) is { } zeroOrMore)
            {
                return new ZeroOrMorePath(ParsePath(zeroOrMore, visiting));
            }

            if (Graph.Object(node, Sh.OneOrMorePath) is { } oneOrMore)
            {
                return new OneOrMorePath(ParsePath(oneOrMore, visiting));
            }

            if (Graph.Object(node, Sh.ZeroOrOnePath) is { } zeroOrOne)
            {
                return new ZeroOrOnePath(ParsePath(zeroOrOne, visiting));
            }

            throw new ShapesGraphException($"sh:path {node}: expected an IRI, a list (sequence), or a node with sh:inversePath, sh:alternativePath, sh:zeroOrMorePath, sh:oneOrMorePath or sh:zeroOrOnePath");
        }
        finally
        {
            visiting.Remove(node);
        }
    }

    private IReadOnlyList<Term> RequireList(Term shape, Iri predicate, Term head) =>
        Graph.ReadList(head) ?? throw new ShapesGraphException($"{shape} {predicate}: expected a well-formed RDF list, found {head}");

    private static Iri RequireIri(Term shape, Iri predicate, Term value) =>
        value as Iri ?? throw new ShapesGraphException($"{shape} {predicate}: expected an IRI, found {value}");

    private static Literal RequireLiteral(Term shape, Iri predicate, Term value) =>
        value as Literal ?? throw new ShapesGraphException($"{shape} {predicate}: expected a literal, found {value}");

    private static int RequireInteger(Term shape, Iri predicate, Term value) =>
        value is Literal literal && int.TryParse(literal.LexicalForm, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ShapesGraphException($"{shape} {predicate}: expected a non-negative integer, found {value}");
}
