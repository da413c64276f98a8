using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A BGP's index nested loops on the source's ids (<see cref="IQuadIdSource"/>): the variables of the BGP live as
/// 64-bit ids in one scratch row per level, joins compare integers, and a term is decoded only when a complete
/// solution leaves the BGP (and only for the variables the BGP bound). Constants and the seed's bindings are
/// looked up once per execution; a term the source has never seen matches nothing.
/// </summary>
internal sealed partial class BgpIdLoop
{
    /// <summary>A position of a pattern: the local variable index, or -1 for a constant.</summary>
    private readonly int[] _positions;
    private readonly Term?[] _constants;

    /// <summary>The query slot of each local variable of the BGP.</summary>
    private readonly int[] _slots;
    private readonly int _count;

    /// <summary>The FILTERs fused into the BGP, each checked at its level (see <see cref="BgpFilter"/>).</summary>
    private readonly IReadOnlyList<BgpFilter> _filters;

    /// <summary>Per level, the property path matched there instead of a triple pattern (its P position unused), or null.</summary>
    private readonly IReadOnlyList<PropertyPath?>? _paths;

    public BgpIdLoop(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns, IReadOnlyList<BgpFilter>? filters = null,
        IReadOnlyList<PropertyPath?>? paths = null)
    {
        _count = patterns.Count;
        _filters = filters ?? [];
        _paths = paths is not null && paths.Any(p => p is not null) ? paths : null;
        _positions = new int[_count * 3];
        _constants = new Term?[_count * 3];
        var slots = new List<int>();
        for (var i = 0; i < _count; i++)
        {
            var (s, p, o) = patterns[i];
            Place(i * 3, s);
            Place((i * 3) + 1, p);
            Place((i * 3) + 2, o);
        }

        _slots = [.. slots];

        void Place(int at, PatternSlot slot)
        {
            if (!slot.IsVariable)
            {
                _positions[at] = -1;
                _constants[at] = slot.Constant;
                return;
            }

            var local = slots.IndexOf(slot.Slot);
            if (local < 0)
            {
                local = slots.Count;
                slots.Add(slot.Slot);
            }

            _positions[at] = local;
        }
    }

    /// <summary>The BGP's local index of query slot <paramref name="slot"/> (its position in an id solution), or -1.</summary>
    public int LocalOf(int slot) => Array.IndexOf(_slots, slot);

    public IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, IQuadIdSource ids, Term? graphName, ActiveGraph? graph = null) =>
        Loop<Term?[], DecodeRow>(seed, context, ids, graphName, new DecodeRow(seed, _slots, ids), graph);

    /// <summary>
    /// The solutions as ids, one per local variable (<see cref="LocalOf"/>), seed bindings included. The segment is a
    /// view of scratch memory, valid until the next solution: consumers that group or count on ids (and decode
    /// only what they output) read it without allocating a row.
    /// </summary>
    public IEnumerable<ArraySegment<long>> RunIds(Term?[] seed, ExecutionContext context, IQuadIdSource ids, Term? graphName, ActiveGraph? graph = null) =>
        Loop<ArraySegment<long>, IdSegment>(seed, context, ids, graphName, default, graph);

    /// <summary>What the loop hands out per solution; a struct, so the JIT specializes the loop for each (no extra layer).</summary>
    private interface ISolution<out T>
    {
        T From(long[] rows, int offset, int width);
    }

    private readonly struct DecodeRow(Term?[] seed, int[] slots, IQuadIdSource ids) : ISolution<Term?[]>
    {
        public Term?[] From(long[] rows, int offset, int width)
        {
            var row = (Term?[])seed.Clone();
            for (var local = 0; local < width; local++)
            {
                ref var cell = ref row[slots[local]];
                cell ??= ids.Decode(rows[offset + local]);
            }

            return row;
        }
    }

    private readonly struct IdSegment : ISolution<ArraySegment<long>>
    {
        public ArraySegment<long> From(long[] rows, int offset, int width) => new(rows, offset, width);
    }

    private IEnumerable<T> Loop<T, TSolution>(Term?[] seed, ExecutionContext context, IQuadIdSource ids, Term? graphName, TSolution solution,
        ActiveGraph? activeGraph)
        where TSolution : struct, ISolution<T>
    {
        var width = _slots.Length;
        var constants = new long[_constants.Length];
        for (var i = 0; i < _constants.Length; i++)
        {
            if (_constants[i] is not { } constant)
            {
                continue;
            }

            // A literal subject or a non-IRI predicate matches nothing; so does a term the source does not hold.
            var kind = i % 3;
            if ((kind == 0 && constant is Literal) || (kind == 1 && constant is not Iri) || !ids.TryLookup(constant, out constants[i]))
            {
                yield break;
            }
        }

        long? graph = null;
        if (graphName is not null)
        {
            if (!ids.TryLookup(graphName, out var g))
            {
                yield break;
            }

            graph = g;
        }

        // rows[level * width + local]: the ids bound before pattern `level` is matched (0 = unbound).
        var rows = new long[(_count + 1) * width];
        for (var local = 0; local < width; local++)
        {
            if (seed[_slots[local]] is { } bound)
            {
                if (!ids.TryLookup(bound, out rows[local]))
                {
                    yield break;
                }
            }
        }

        var memory = MemoryOf(context, ids, graphName);
        var paths = _paths is null ? null : new IdPathEvaluator(ids, graph, context);
        var filters = _filters.Count == 0 ? null
            : new IdFilterCheck(_filters, _count, LocalOf, width, seed, activeGraph ?? context.DefaultGraph, ids);

        // Level 0 streams (it may be a large scan under a LIMIT); deeper levels are probes with few answers each, read
        // into one reused buffer per level (or a hash table's bucket) and walked by index, without an enumerator each.
        // Level 0 is always a pattern: BgpNode.JoinedWith appends paths after a BGP's patterns.
        var first = Open(0, rows, constants, ids, graph, memory, context);
        var lists = new List<QuadIds>?[_count];
        var buffers = new List<QuadIds>?[_count];
        var next = new int[_count];
        var level = 0;
        try
        {
            while (level >= 0)
            {
                QuadIds quad;
                if (level == 0)
                {
                    if (!first.MoveNext())
                    {
                        break;
                    }

                    quad = first.Current;
                }
                else
                {
                    var list = lists[level]!;
                    if (next[level] >= list.Count)
                    {
                        level--;
                        continue;
                    }

                    quad = list[next[level]++];
                }

                context.Tick();
                var to = (level + 1) * width;
                Array.Copy(rows, level * width, rows, to, width);
                var at = level * 3;
                if (!Bind(rows, to, _positions[at], quad.Subject) || !Bind(rows, to, _positions[at + 1], quad.Predicate)
                    || !Bind(rows, to, _positions[at + 2], quad.Obj) || (filters is not null && !filters.Passes(level, rows, to)))
                {
                    continue;
                }

                if (level == _count - 1)
                {
                    yield return solution.From(rows, to, width);
                    continue;
                }

                level++;
                if (_paths?[level] is { } path)
                {
                    var (ps, _, po) = Resolve(level, rows, constants);
                    lists[level] = paths!.Pairs(level, path, ps ?? 0, po ?? 0);
                    next[level] = 0;
                    continue;
                }

                var (s, p, o) = Resolve(level, rows, constants);
                var table = Table(level, s, p, o, constants, ids, graph, memory, context);
                if (table is not null)
                {
                    lists[level] = table.Probe(s ?? 0, p ?? 0, o ?? 0, buffers[level] ??= []);
                }
                else
                {
                    var buffer = buffers[level] ??= [];
                    buffer.Clear();
                    ids.MatchInto(s, p, o, graph, buffer);
                    lists[level] = buffer;
                }

                next[level] = 0;
            }
        }
        finally
        {
            first.Dispose();
        }
    }

    private Memory? MemoryOf(ExecutionContext context, IQuadIdSource ids, Term? graphName)
    {
        if (ids.SeekCostInQuads <= 0)
        {
            return null;
        }

        if (!context.OperatorMemory.TryGetValue((this, graphName), out var known))
        {
            known = new Memory(_count);
            context.OperatorMemory.Add((this, graphName), known);
        }

        return (Memory)known;
    }

    /// <summary>
    /// The matches of pattern <paramref name="level"/> for the current row: an index seek, or, once this pattern has
    /// been probed so often in this run that seeks cost more than reading the whole pattern (probes x seek cost
    /// &gt; its size), a lookup in a hash table of the pattern built with one scan (a hash join, decided at run
    /// time, so a bad estimate costs at most about twice the better choice).
    /// </summary>
    private IEnumerator<QuadIds> Open(int level, long[] rows, long[] constants, IQuadIdSource ids, long? graph,
        Memory? memory, ExecutionContext context)
    {
        var (s, p, o) = Resolve(level, rows, constants);
        if (OpenRange(s, p, o, ids, graph) is { } range)
        {
            return range;
        }

        var table = Table(level, s, p, o, constants, ids, graph, memory, context);
        return table is not null
            ? table.Probe(s ?? 0, p ?? 0, o ?? 0).GetEnumerator()
            : ids.Match(s, p, o, graph).GetEnumerator();
    }

    /// <summary>Pattern <paramref name="level"/>'s positions for the current row: constants, bound variables, or null.</summary>
    private (long? S, long? P, long? O) Resolve(int level, long[] rows, long[] constants)
    {
        var at = level * 3;
        var row = level * _slots.Length;
        return (At(at), At(at + 1), At(at + 2));

        long? At(int position)
        {
            var local = _positions[position];
            if (local < 0)
            {
                return constants[position];
            }

            var id = rows[row + local];
            return id == 0 ? null : id;
        }
    }

    /// <summary>
    /// The hash table of pattern <paramref name="level"/> when probing it is better done by hashing: once this pattern
    /// has been probed so often in this run that seeks cost more than reading the whole pattern (probes x seek cost
    /// &gt; its size), it is scanned once and hashed (a hash join decided at run time, so a bad estimate costs at most
    /// about twice the better choice). Null: match by index seek.
    /// </summary>
    private PatternTable? Table(int level, long? s, long? p, long? o, long[] constants, IQuadIdSource ids, long? graph,
        Memory? memory, ExecutionContext context)
    {
        if (memory is null || (s is null && p is null && o is null))
        {
            return null;
        }

        if (memory.Tables[level] is { } table)
        {
            return table;
        }

        var at = level * 3;
        var probes = ++memory.Probes[level];
        if (double.IsNaN(memory.Sizes[level]))
        {
            // Over all graphs: an upper bound that the store answers from its statistics when only the predicate is
            // bound (a count restricted to one graph would walk the index).
            memory.Sizes[level] = context.Source.EstimateCardinality(_constants[at], _constants[at + 1] as Iri, _constants[at + 2], null);
        }

        var size = memory.Sizes[level];
        if ((double)probes * ids.SeekCostInQuads <= size || size > context.Options.MaxMaterializedRows)
        {
            return null;
        }

        table = PatternTable.Build(ids.Match(Constant(at), Constant(at + 1), Constant(at + 2), graph), context);
        memory.Tables[level] = table;
        return table;

        long? Constant(int position) => _positions[position] < 0 ? constants[position] : null;
    }

    /// <summary>Per run and graph: how often each pattern was probed, its estimated size, and its hash table once built.</summary>
    private sealed class Memory(int count)
    {
        public long[] Probes { get; } = new long[count];

        public double[] Sizes { get; } = Enumerable.Repeat(double.NaN, count).ToArray();

        public PatternTable?[] Tables { get; } = new PatternTable?[count];
    }

    /// <summary>Binds a variable position to an id, or checks the id it already has (a repeated variable).</summary>
    private static bool Bind(long[] rows, int row, int local, long id)
    {
        if (local < 0)
        {
            return true;
        }

        ref var cell = ref rows[row + local];
        if (cell == 0)
        {
            cell = id;
            return true;
        }

        return cell == id;
    }
}
