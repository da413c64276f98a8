using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The fused FILTERs of one id-level BGP run (<see cref="BgpIdLoop"/>): at each level, the conditions placed there
/// are evaluated on a scratch row holding only their own variables, decoded from the current ids. A variable's last
/// decoded id and term are kept, so an outer level's value is decoded once for all the inner solutions that share it.
/// </summary>
internal sealed class IdFilterCheck
{
    private readonly BgpFilter[]?[] _byLevel;

    /// <summary>Per filter of a level: the BGP local index of each of its slots (-1 when the seed binds it).</summary>
    private readonly int[][]?[] _locals;
    private readonly Term?[] _scratch;
    private readonly ActiveGraph _graph;
    private readonly IQuadIdSource _ids;
    private readonly long[] _lastId;
    private readonly Term?[] _lastTerm;

    public IdFilterCheck(IReadOnlyList<BgpFilter> filters, int levels, Func<int, int> localOf, int width, Term?[] seed,
        ActiveGraph graph, IQuadIdSource ids)
    {
        _byLevel = new BgpFilter[]?[levels];
        _locals = new int[][]?[levels];
        foreach (var group in filters.GroupBy(f => f.Level))
        {
            _byLevel[group.Key] = [.. group];
            _locals[group.Key] = [.. group.Select(f => f.Slots.Select(s => seed[s] is null ? localOf(s) : -1).ToArray())];
        }

        _scratch = (Term?[])seed.Clone();
        _graph = graph;
        _ids = ids;
        _lastId = new long[width];
        _lastTerm = new Term?[width];
    }

    /// <summary>True when every condition placed at <paramref name="level"/> holds for the ids at rows[offset..].</summary>
    public bool Passes(int level, long[] rows, int offset)
    {
        if (_byLevel[level] is not { } filters)
        {
            return true;
        }

        var locals = _locals[level]!;
        for (var f = 0; f < filters.Length; f++)
        {
            var filter = filters[f];
            var slotLocals = locals[f];
            for (var i = 0; i < slotLocals.Length; i++)
            {
                var local = slotLocals[i];
                if (local >= 0)
                {
                    _scratch[filter.Slots[i]] = Decode(local, rows[offset + local]);
                }
            }

            if (filter.Condition(_scratch, _graph) != true)
            {
                return false;
            }
        }

        return true;
    }

    private Term Decode(int local, long id)
    {
        if (_lastId[local] != id)
        {
            _lastTerm[local] = _ids.Decode(id);
            _lastId[local] = id;
        }

        return _lastTerm[local]!;
    }
}
