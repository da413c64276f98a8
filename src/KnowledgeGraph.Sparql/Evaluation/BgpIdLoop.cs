using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A BGP's index nested loops on the source's ids (<see cref="IQuadIdSource"/>): the variables of the BGP live as
/// 64-bit ids in one scratch row per level, joins compare integers, and a term is decoded only when a complete
/// solution leaves the BGP (and only for the variables the BGP bound). Constants and the seed's bindings are
/// looked up once per execution; a term the source has never seen matches nothing.
/// </summary>
internal sealed class BgpIdLoop
{
    /// <summary>A position of a pattern: the local variable index, or -1 for a constant.</summary>
    private readonly int[] _positions;
    private readonly Term?[] _constants;

    /// <summary>The query slot of each local variable of the BGP.</summary>
    private readonly int[] _slots;
    private readonly int _count;

    public BgpIdLoop(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns)
    {
        _count = patterns.Count;
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

    public IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, IQuadIdSource ids, Term? graphName)
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
        var matches = new IEnumerator<QuadIds>?[_count];
        matches[0] = Open(0, rows, constants, ids, graph, memory, context, graphName);
        var level = 0;
        try
        {
            while (level >= 0)
            {
                var current = matches[level]!;
                if (!current.MoveNext())
                {
                    current.Dispose();
                    matches[level] = null;
                    level--;
                    continue;
                }

                context.Tick();
                var quad = current.Current;
                var next = (level + 1) * width;
                Array.Copy(rows, level * width, rows, next, width);
                var at = level * 3;
                if (!Bind(rows, next, _positions[at], quad.Subject) || !Bind(rows, next, _positions[at + 1], quad.Predicate)
                    || !Bind(rows, next, _positions[at + 2], quad.Obj))
                {
                    continue;
                }

                if (level == _count - 1)
                {
                    var row = (Term?[])seed.Clone();
                    for (var local = 0; local < width; local++)
                    {
                        ref var cell = ref row[_slots[local]];
                        cell ??= ids.Decode(rows[next + local]);
                    }

                    yield return row;
                    continue;
                }

                level++;
                matches[level] = Open(level, rows, constants, ids, graph, memory, context, graphName);
            }
        }
        finally
        {
            foreach (var m in matches)
            {
                m?.Dispose();
            }
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
        Memory? memory, ExecutionContext context, Term? graphName)
    {
        var at = level * 3;
        var row = level * _slots.Length;
        var (s, p, o) = (Resolve(at), Resolve(at + 1), Resolve(at + 2));
        if (memory is not null && (s is not null || p is not null || o is not null))
        {
            if (memory.Tables[level] is { } table)
            {
                return table.Probe(s ?? 0, p ?? 0, o ?? 0).GetEnumerator();
            }

            var probes = ++memory.Probes[level];
            if (double.IsNaN(memory.Sizes[level]))
            {
                memory.Sizes[level] = context.Source.EstimateCardinality(
                    _constants[at], _constants[at + 1] as Iri, _constants[at + 2], graphName);
            }

            var size = memory.Sizes[level];
            if ((double)probes * ids.SeekCostInQuads > size && size <= context.Options.MaxMaterializedRows)
            {
                var built = PatternTable.Build(ids.Match(Constant(at), Constant(at + 1), Constant(at + 2), graph), context);
                memory.Tables[level] = built;
                return built.Probe(s ?? 0, p ?? 0, o ?? 0).GetEnumerator();
            }
        }

        return ids.Match(s, p, o, graph).GetEnumerator();

        long? Constant(int position) => _positions[position] < 0 ? constants[position] : null;

        long? Resolve(int position)
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
