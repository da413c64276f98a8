using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Paths;

/// <summary>
/// A SHACL property path (section 2.3.1): evaluated from a focus node to the set of value nodes. The
/// path keeps its node in the shapes graph so the report can point at it with <c>sh:resultPath</c>.
/// </summary>
public abstract record PropertyPath
{
    /// <summary>The distinct nodes reached from <paramref name="focus"/> in <paramref name="data"/>, in discovery order.</summary>
    public IReadOnlyList<Term> Evaluate(Graph data, Term focus)
    {
        var result = new List<Term>();
        var seen = new HashSet<Term>();
        foreach (var node in Walk(data, focus))
        {
            if (seen.Add(node))
            {
                result.Add(node);
            }
        }

        return result;
    }

    /// <summary>Nodes reached from <paramref name="start"/>; may repeat.</summary>
    internal abstract IEnumerable<Term> Walk(Graph data, Term start);

    /// <summary>The path in SPARQL syntax with compact names, for messages (<c>^kg:claimSubject</c>).</summary>
    public abstract string Format(Func<Iri, string> name);

    /// <summary>Closure for <c>*</c> and <c>+</c>: breadth-first, each node once, so cycles end.</summary>
    private protected static IEnumerable<Term> Closure(Graph data, Term start, PropertyPath step, bool includeStart)
    {
        var seen = new HashSet<Term> { start };
        var queue = new Queue<Term>();
        queue.Enqueue(start);
        if (includeStart)
        {
            yield return start;
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in step.Walk(data, node))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                    yield return next;
                }
                else if (!includeStart && next.Equals(start))
                {
                    // One-or-more reaches the start again through a cycle: it is then a value node.
                    yield return next;
                }
            }
        }
    }
}

/// <summary>A plain predicate: <c>sh:path ex:p</c>.</summary>
public sealed record PredicatePath(Iri Predicate) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start) => data.Objects(start, Predicate);

    public override string Format(Func<Iri, string> name) => name(Predicate);
}

/// <summary><c>[ sh:inversePath p ]</c>.</summary>
public sealed record InversePath(PropertyPath Inner) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start) => Inner switch
    {
        PredicatePath predicate => data.Subjects(predicate.Predicate, start),
        _ => InverseOf(data, start),
    };

    public override string Format(Func<Iri, string> name) => "^" + Group(Inner, name);

    /// <summary>The inverse of a complex path: every node whose forward walk reaches <paramref name="start"/>.</summary>
    private IEnumerable<Term> InverseOf(Graph data, Term start)
    {
        var candidates = new HashSet<Term>();
        foreach (var triple in data.Triples)
        {
            candidates.Add(triple.Subject);
            candidates.Add(triple.Obj);
        }

        return candidates.Where(candidate => Inner.Walk(data, candidate).Contains(start));
    }

    internal static string Group(PropertyPath path, Func<Iri, string> name) =>
        path is PredicatePath ? path.Format(name) : "(" + path.Format(name) + ")";
}

/// <summary>A sequence: <c>sh:path ( p q )</c>.</summary>
public sealed record SequencePath(IReadOnlyList<PropertyPath> Steps) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start)
    {
        IEnumerable<Term> current = [start];
        foreach (var step in Steps)
        {
            current = current.SelectMany(node => step.Walk(data, node)).Distinct().ToList();
        }

        return current;
    }

    public override string Format(Func<Iri, string> name) => string.Join("/", Steps.Select(s => InversePath.Group(s, name)));
}

/// <summary><c>[ sh:alternativePath ( p q ) ]</c>.</summary>
public sealed record AlternativePath(IReadOnlyList<PropertyPath> Choices) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start) => Choices.SelectMany(choice => choice.Walk(data, start));

    public override string Format(Func<Iri, string> name) => string.Join("|", Choices.Select(s => InversePath.Group(s, name)));
}

/// <summary><c>[ sh:zeroOrMorePath p ]</c>.</summary>
public sealed record ZeroOrMorePath(PropertyPath Inner) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start) => Closure(data, start, Inner, includeStart: true);

    public override string Format(Func<Iri, string> name) => InversePath.Group(Inner, name) + "*";
}

/// <summary><c>[ sh:oneOrMorePath p ]</c>.</summary>
public sealed record OneOrMorePath(PropertyPath Inner) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start) => Closure(data, start, Inner, includeStart: false);

    public override string Format(Func<Iri, string> name) => InversePath.Group(Inner, name) + "+";
}

/// <summary><c>[ sh:zeroOrOnePath p ]</c>.</summary>
public sealed record ZeroOrOnePath(PropertyPath Inner) : PropertyPath
{
    internal override IEnumerable<Term> Walk(Graph data, Term start) => Inner.Walk(data, start).Prepend(start);

    public override string Format(Func<Iri, string> name) => InversePath.Group(Inner, name) + "?";
}
