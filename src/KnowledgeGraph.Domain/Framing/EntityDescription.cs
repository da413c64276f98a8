using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Framing;

/// <summary>
/// The quads an entity's framed view is made of, picked from any larger set (the whole dataset, or a description a
/// caller already fetched): the entity's own statements with their blank-node closure; type and label of what it links
/// to, and all the statements of the quantities it has; the claims whose frame names it (<c>kg:claimSubject</c> or <c>kg:claimObject</c>) with all their statements;
/// type and label of what those claims link to; and for each source of those claims its label, headline, date,
/// URL, publisher, original, and the publisher's type and label. Bounded, so framing never walks the whole graph.
/// </summary>
public static class EntityDescription
{
    private const string Kg = "https://w3id.org/newskg/ont#";
    private const string Schema = "http://schema.org/";

    private static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");
    private static readonly Iri ClaimSubject = new(Kg + "claimSubject");
    private static readonly Iri ClaimObject = new(Kg + "claimObject");
    private static readonly Iri Source = new(Kg + "source");
    private static readonly Iri FirstSource = new(Kg + "firstSource");
    private static readonly Iri Publisher = new(Schema + "publisher");
    private static readonly Iri Quantity = new(Kg + "Quantity");

    private static readonly HashSet<Iri> SourceProperties =
    [
        RdfVocabulary.Type, Label, new(Schema + "headline"), new(Schema + "datePublished"), new(Schema + "url"), Publisher, new(Schema + "isBasedOn"),
    ];

    public static IReadOnlyList<Quad> Select(IEnumerable<Quad> quads, Iri entity)
    {
        var bySubject = quads.GroupBy(q => q.Subject).ToDictionary(g => g.Key, g => g.ToList());
        var picked = new HashSet<Quad>();

        AddClosure(bySubject, entity, picked);
        AddLabels(bySubject, Objects(bySubject, entity), picked);
        AddQuantities(bySubject, Objects(bySubject, entity), picked);

        var claims = bySubject.Values.SelectMany(q => q)
            .Where(q => (q.Predicate.Equals(ClaimSubject) || q.Predicate.Equals(ClaimObject)) && q.Obj.Equals(entity))
            .Select(q => q.Subject).Distinct().ToList();
        foreach (var claim in claims)
        {
            AddClosure(bySubject, claim, picked);
            AddLabels(bySubject, Objects(bySubject, claim), picked);
            AddQuantities(bySubject, Objects(bySubject, claim), picked);
            var sources = bySubject.GetValueOrDefault(claim, [])
                .Where(q => q.Predicate.Equals(Source) || q.Predicate.Equals(FirstSource)).Select(q => q.Obj);
            foreach (var source in sources)
            {
                var statements = bySubject.GetValueOrDefault(source, []).Where(q => SourceProperties.Contains(q.Predicate)).ToList();
                picked.UnionWith(statements);
                AddLabels(bySubject, statements.Where(q => q.Predicate.Equals(Publisher)).Select(q => q.Obj), picked);
            }
        }

        return [.. picked];
    }

    private static IEnumerable<Term> Objects(Dictionary<Term, List<Quad>> bySubject, Term subject) =>
        bySubject.GetValueOrDefault(subject, []).Select(q => q.Obj).Where(o => o is Iri);

    /// <summary>The subject's statements and, through blank-node objects, theirs (a concise bounded description).</summary>
    private static void AddClosure(Dictionary<Term, List<Quad>> bySubject, Term subject, HashSet<Quad> picked)
    {
        var pending = new Stack<Term>([subject]);
        var seen = new HashSet<Term>();
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var quad in bySubject.GetValueOrDefault(next, []))
            {
                picked.Add(quad);
                if (quad.Obj is BlankNode blank)
                {
                    pending.Push(blank);
                }
            }
        }
    }

    /// <summary>A quantity ("3 rockets") means nothing by its label alone: its value, unit and kind come along.</summary>
    private static void AddQuantities(Dictionary<Term, List<Quad>> bySubject, IEnumerable<Term> nodes, HashSet<Quad> picked)
    {
        foreach (var node in nodes)
        {
            if (bySubject.GetValueOrDefault(node, []).Any(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Obj.Equals(Quantity)))
            {
                AddClosure(bySubject, node, picked);
            }
        }
    }

    private static void AddLabels(Dictionary<Term, List<Quad>> bySubject, IEnumerable<Term> nodes, HashSet<Quad> picked)
    {
        foreach (var node in nodes)
        {
            picked.UnionWith(bySubject.GetValueOrDefault(node, []).Where(q => q.Predicate.Equals(RdfVocabulary.Type) || q.Predicate.Equals(Label)));
        }
    }
}
