using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Graphs;

/// <summary>
/// An in-memory RDF graph (a set of triples) indexed by subject and by object, the access patterns SHACL
/// needs: values along a path forwards and backwards, all subjects or objects of a predicate, and all
/// outgoing triples of a node (for <c>sh:closed</c>). Graph names are dropped on <see cref="Add(in Quad)"/>:
/// SHACL validates one data graph, so a dataset is validated as the merge of its graphs.
/// </summary>
public sealed class Graph
{
    private static readonly IReadOnlyList<Term> None = [];

    private readonly HashSet<Triple> _triples = [];
    private readonly Dictionary<Term, Dictionary<Iri, List<Term>>> _bySubject = [];
    private readonly Dictionary<Term, Dictionary<Iri, List<Term>>> _byObject = [];
    private readonly Dictionary<Iri, List<Triple>> _byPredicate = [];

    public int Count => _triples.Count;

    public IEnumerable<Triple> Triples => _triples;

    /// <summary>Adds a triple; returns false when it was already there.</summary>
    public bool Add(Term subject, Iri predicate, Term obj)
    {
        var triple = new Triple(subject, predicate, obj);
        if (!_triples.Add(triple))
        {
            return false;
        }

        Index(_bySubject, subject, predicate, obj);
        Index(_byObject, obj, predicate, subject);
        if (!_byPredicate.TryGetValue(predicate, out var list))
        {
            _byPredicate[predicate] = list = [];
        }

        list.Add(triple);
        return true;
    }

    public bool Add(in Quad quad) => Add(quad.Subject, quad.Predicate, quad.Obj);

    public void AddAll(IEnumerable<Quad> quads)
    {
        foreach (var quad in quads)
        {
            Add(quad);
        }
    }

    public bool Contains(Term subject, Iri predicate, Term obj) => _triples.Contains(new Triple(subject, predicate, obj));

    /// <summary>The objects of <paramref name="subject"/> <paramref name="predicate"/> ?o, in insertion order.</summary>
    public IReadOnlyList<Term> Objects(Term subject, Iri predicate) =>
        _bySubject.TryGetValue(subject, out var byPredicate) && byPredicate.TryGetValue(predicate, out var list) ? list : None;

    /// <summary>The subjects of ?s <paramref name="predicate"/> <paramref name="obj"/>.</summary>
    public IReadOnlyList<Term> Subjects(Iri predicate, Term obj) =>
        _byObject.TryGetValue(obj, out var byPredicate) && byPredicate.TryGetValue(predicate, out var list) ? list : None;

    public Term? Object(Term subject, Iri predicate)
    {
        var objects = Objects(subject, predicate);
        return objects.Count > 0 ? objects[0] : null;
    }

    public IReadOnlyList<Triple> WithPredicate(Iri predicate) =>
        _byPredicate.TryGetValue(predicate, out var list) ? list : [];

    /// <summary>Every (predicate, object) pair of the triples whose subject is <paramref name="subject"/>.</summary>
    public IEnumerable<(Iri Predicate, Term Obj)> Outgoing(Term subject)
    {
        if (!_bySubject.TryGetValue(subject, out var byPredicate))
        {
            yield break;
        }

        foreach (var (predicate, objects) in byPredicate)
        {
            foreach (var obj in objects)
            {
                yield return (predicate, obj);
            }
        }
    }

    /// <summary>
    /// The members of the RDF collection starting at <paramref name="head"/>, or null when it is not a
    /// well-formed list (a node without exactly one rdf:first and one rdf:rest, or a cycle).
    /// </summary>
    public IReadOnlyList<Term>? ReadList(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        var node = head;
        while (!node.Equals(RdfVocabulary.Nil))
        {
            if (!seen.Add(node))
            {
                return null;
            }

            var first = Objects(node, RdfVocabulary.First);
            var rest = Objects(node, RdfVocabulary.Rest);
            if (first.Count != 1 || rest.Count != 1)
            {
                return null;
            }

            items.Add(first[0]);
            node = rest[0];
        }

        return items;
    }

    private static void Index(Dictionary<Term, Dictionary<Iri, List<Term>>> index, Term key, Iri predicate, Term value)
    {
        if (!index.TryGetValue(key, out var byPredicate))
        {
            index[key] = byPredicate = [];
        }

        if (!byPredicate.TryGetValue(predicate, out var list))
        {
            byPredicate[predicate] = list = [];
        }

        list.Add(value);
    }
}
