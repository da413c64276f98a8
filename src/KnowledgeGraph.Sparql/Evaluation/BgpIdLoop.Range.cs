using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The BGP loop's range scan (<see cref="RangeScanPlanning"/>): the first pattern, when its subject and object are
/// unbound in this run, reads the source's range match instead of every quad of its predicate.
/// </summary>
internal sealed partial class BgpIdLoop
{
    /// <summary>The FILTER range on the first pattern's object, or null.</summary>
    public ObjectRange? FirstPatternRange { get; set; }

    /// <summary>The range scan for the first pattern, or null when it does not apply to this run or source.</summary>
    private IEnumerator<QuadIds>? OpenRange(long? s, long? p, long? o, IQuadIdSource ids, long? graph) =>
        FirstPatternRange is { } range && s is null && o is null && p is { } predicate && ids is IQuadIdRangeSource ranges
            ? ranges.MatchRange(predicate, range, graph)?.GetEnumerator()
            : null;
}
