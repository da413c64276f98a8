namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// A quad pattern over ids: null means "any". A null <see cref="Graph"/> matches every graph, the default
/// graph included (its quads come back with <see cref="TermId.DefaultGraph"/>); <see cref="TermId.DefaultGraph"/>
/// matches the default graph, or the union of all graphs when the snapshot reads the union as default.
/// </summary>
public readonly record struct QuadPattern(TermId? Subject = null, TermId? Predicate = null, TermId? Obj = null, TermId? Graph = null)
{
    public static QuadPattern Any => default;

    public TermId? this[int position] => position switch
    {
        0 => Subject,
        1 => Predicate,
        2 => Obj,
        _ => Graph,
    };

    public bool Matches(in EncodedQuad q) =>
        (Subject is null || Subject.Value == q.Subject)
        && (Predicate is null || Predicate.Value == q.Predicate)
        && (Obj is null || Obj.Value == q.Obj)
        && (Graph is null || Graph.Value == q.Graph);
}
