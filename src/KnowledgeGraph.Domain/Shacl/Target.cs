using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>A target declaration (SHACL 2.1.3): which nodes of the data graph a shape validates.</summary>
public abstract record Target
{
    public abstract IEnumerable<Term> FocusNodes(Graph data, ClassHierarchy classes);
}

/// <summary><c>sh:targetNode</c>: the node itself, whether or not it occurs in the data.</summary>
public sealed record NodeTarget(Term Node) : Target
{
    public override IEnumerable<Term> FocusNodes(Graph data, ClassHierarchy classes) => [Node];
}

/// <summary><c>sh:targetClass</c> and implicit class targets: the SHACL instances, including those of subclasses.</summary>
public sealed record ClassTarget(Term Class) : Target
{
    public override IEnumerable<Term> FocusNodes(Graph data, ClassHierarchy classes) => classes.InstancesOf(Class);
}

/// <summary><c>sh:targetSubjectsOf</c>.</summary>
public sealed record SubjectsOfTarget(Iri Predicate) : Target
{
    public override IEnumerable<Term> FocusNodes(Graph data, ClassHierarchy classes) => data.WithPredicate(Predicate).Select(t => t.Subject);
}

/// <summary><c>sh:targetObjectsOf</c>.</summary>
public sealed record ObjectsOfTarget(Iri Predicate) : Target
{
    public override IEnumerable<Term> FocusNodes(Graph data, ClassHierarchy classes) => data.WithPredicate(Predicate).Select(t => t.Obj);
}

/// <summary>
/// SHACL's notion of class membership (3.2): a node is an instance of C when it has an rdf:type whose
/// rdfs:subClassOf* chain in the data graph reaches C. Answers are cached per (type, class).
/// </summary>
public sealed class ClassHierarchy(Graph data)
{
    private readonly Dictionary<(Term Type, Term Class), bool> _isSubclass = [];

    public bool IsInstanceOf(Term node, Term cls)
    {
        foreach (var type in data.Objects(node, RdfVocabulary.Type))
        {
            if (IsSubclassOf(type, cls))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> rdfs:subClassOf* <paramref name="cls"/> (reflexive).</summary>
    public bool IsSubclassOf(Term type, Term cls)
    {
        if (type.Equals(cls))
        {
            return true;
        }

        if (_isSubclass.TryGetValue((type, cls), out var known))
        {
            return known;
        }

        var found = false;
        var seen = new HashSet<Term> { type };
        var queue = new Queue<Term>([type]);
        while (queue.Count > 0 && !found)
        {
            foreach (var parent in data.Objects(queue.Dequeue(), Sh.RdfsSubClassOf))
            {
                if (parent.Equals(cls))
                {
                    found = true;
                    break;
                }

                if (seen.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        _isSubclass[(type, cls)] = found;
        return found;
    }

    /// <summary>Every node typed with <paramref name="cls"/> or one of its subclasses, each once.</summary>
    public IEnumerable<Term> InstancesOf(Term cls)
    {
        var classes = new HashSet<Term> { cls };
        var queue = new Queue<Term>([cls]);
        while (queue.Count > 0)
        {
            foreach (var sub in data.Subjects(Sh.RdfsSubClassOf, queue.Dequeue()))
            {
                if (classes.Add(sub))
                {
                    queue.Enqueue(sub);
                }
            }
        }

        var seen = new HashSet<Term>();
        foreach (var c in classes)
        {
            foreach (var instance in data.Subjects(RdfVocabulary.Type, c))
            {
                if (seen.Add(instance))
                {
                    yield return instance;
                }
            }
        }
    }
}
