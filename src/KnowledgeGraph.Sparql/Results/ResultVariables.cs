namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// The ordered, duplicate-free variable names of a solution sequence (without the leading <c>?</c>),
/// with a name-to-position index shared by every row of the sequence.
/// </summary>
public sealed class ResultVariables : IReadOnlyList<string>
{
    private readonly string[] _names;
    private readonly Dictionary<string, int> _index;

    public ResultVariables(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names.ToArray();
        _index = new Dictionary<string, int>(_names.Length, StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            var name = _names[i];
            if (Problem(name) is { } problem)
            {
                throw new ArgumentException(problem, nameof(names));
            }

            if (!_index.TryAdd(name, i))
            {
                throw new ArgumentException($"The variable '{name}' appears twice in the result head.", nameof(names));
            }
        }
    }

    public static ResultVariables Empty { get; } = new([]);

    /// <summary>
    /// Why a name cannot be a result variable, or null when it can: it must be non-empty, come without its
    /// <c>?</c> or <c>$</c>, and hold no white space or control character (the text formats separate names with them).
    /// </summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a result variable needs a non-empty name";
        }

        if (name[0] is '?' or '$')
        {
            return $"result variable names are given without '?' or '$': '{name}'";
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or '"')
            {
                return $"the variable name '{name}' holds U+{(int)c:X4}, which no variable name may hold";
            }
        }

        return null;
    }

    public int Count => _names.Length;

    public string this[int index] => _names[index];

    /// <summary>The position of a variable, or -1 when the sequence has no such variable.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    public bool Contains(string name) => _index.ContainsKey(name);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(' ', _names.Select(n => "?" + n));
}
