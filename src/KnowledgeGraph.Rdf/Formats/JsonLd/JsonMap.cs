namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// A JSON object in the JSON-LD algorithms: entries in insertion order (the order output is written in),
/// values are <see cref="JsonMap"/>, <see cref="JsonList"/>, string, double, bool or null (JSON null).
/// The algorithms build and edit these trees freely, which an immutable <c>JsonElement</c> cannot do.
/// </summary>
public sealed class JsonMap : OrderedDictionary<string, object?>
{
    public JsonMap()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The entry's value, or null when absent (use <c>ContainsKey</c> to tell JSON null apart).</summary>
    public object? Get(string key) => TryGetValue(key, out var v) ? v : null;

    /// <summary>The entry's value as a string, or null when absent or not a string.</summary>
    public string? GetString(string key) => TryGetValue(key, out var v) ? v as string : null;

    /// <summary>Appends <paramref name="value"/> (or the items of an array) to the array at <paramref name="key"/>, creating it.</summary>
    public void AddValue(string key, object? value, bool asArray = true)
    {
        if (TryGetValue(key, out var existing))
        {
            var list = existing as JsonList ?? new JsonList { existing };
            if (value is JsonList items)
            {
                list.AddRange(items);
            }
            else
            {
                list.Add(value);
            }

            this[key] = list;
        }
        else if (asArray || value is JsonList)
        {
            this[key] = value is JsonList l ? new JsonList(l) : new JsonList { value };
        }
        else
        {
            this[key] = value;
        }
    }
}

/// <summary>A JSON array in the JSON-LD algorithms.</summary>
public sealed class JsonList : List<object?>
{
    public JsonList()
    {
    }

    public JsonList(IEnumerable<object?> items)
        : base(items)
    {
    }

    /// <summary>The value itself when it is an array, otherwise a one-item array holding it.</summary>
    public static JsonList Of(object? value) => value as JsonList ?? new JsonList { value };
}
