using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Rows indexed on key slots bound in every row. A probe row that binds all the keys looks up its bucket;
/// one that does not sees every row (the caller still checks compatibility).
/// </summary>
public sealed class HashTable
{
    private readonly int[] _keys;
    private readonly Dictionary<Term?[], List<Term?[]>> _buckets = new(RowComparer.Instance);
    private readonly List<Term?[]> _all = [];

    private HashTable(int[] keys)
    {
        _keys = keys;
    }

    public int Count => _all.Count;

    public static HashTable Build(IEnumerable<Term?[]> rows, int[] keys, ExecutionContext context, string what)
    {
        var table = new HashTable(keys);
        foreach (var row in rows)
        {
            context.Tick();
            table._all.Add(row);
            context.CheckLimit(table._all.Count, what);
            if (keys.Length > 0)
            {
                var key = table.Key(row);
                if (key is null)
                {
                    continue;
                }

                if (!table._buckets.TryGetValue(key, out var bucket))
                {
                    bucket = [];
                    table._buckets.Add(key, bucket);
                }

                bucket.Add(row);
            }
        }

        return table;
    }

    public IReadOnlyList<Term?[]> Probe(Term?[] row)
    {
        if (_keys.Length == 0)
        {
            return _all;
        }

        var key = Key(row);
        if (key is null)
        {
            return _all;
        }

        return _buckets.TryGetValue(key, out var bucket) ? bucket : [];
    }

    private Term?[]? Key(Term?[] row)
    {
        var key = new Term?[_keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            key[i] = row[_keys[i]];
            if (key[i] is null)
            {
                return null;
            }
        }

        return key;
    }
}
