using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// What the server says about one entity: its concise bounded description, the labels and types of what it links
/// to, the claims about it with their sources and assessments (all in the graphs they came from), and the provenance
/// of those graphs.
/// </summary>
public sealed record EntityDescription(Iri Entity, IReadOnlyList<Quad> Quads, IReadOnlyList<Quad> Provenance)
{
    /// <summary>The description as triples (graph names dropped, duplicates removed).</summary>
    public IEnumerable<Quad> Triples() => Quads.Select(q => new Quad(q.Subject, q.Predicate, q.Obj)).Distinct();

    /// <summary>The description in its named graphs, followed by the graphs' provenance in the default graph.</summary>
    public IEnumerable<Quad> WithProvenance() => Quads.Concat(Provenance).Distinct();

    /// <summary>The named graphs the description came from.</summary>
    public IReadOnlyList<Iri> Graphs() => [.. Quads.Select(q => q.Graph).OfType<Iri>().Distinct()];

    /// <summary>Values of <paramref name="predicate"/> on <paramref name="subject"/>.</summary>
    public IEnumerable<Term> Objects(Term subject, string predicate) =>
        Quads.Where(q => q.Subject.Equals(subject) && q.Predicate.Value == predicate).Select(q => q.Obj).Distinct();

    /// <summary>Subjects that have <paramref name="predicate"/> with value <paramref name="obj"/>.</summary>
    public IEnumerable<Term> Subjects(string predicate, Term obj) =>
        Quads.Where(q => q.Obj.Equals(obj) && q.Predicate.Value == predicate).Select(q => q.Subject).Distinct();
}
