using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// One solution: a value for each variable of its <see cref="ResultVariables"/>, position by position,
/// where null means unbound. Values are IRIs, blank nodes (labels kept as read or produced) or literals.
/// </summary>
public sealed class SolutionRow
{
    private readonly Term?[] _values;

    /// <param name="variables">The head of the sequence this row belongs to.</param>
    /// <param name="values">One value per variable (null = unbound); the row takes ownership of the array.</param>
    public SolutionRow(ResultVariables variables, Term?[] values)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != variables.Count)
        {
            throw new ArgumentException($"A row of a {variables.Count}-variable result needs {variables.Count} values, got {values.Length}.", nameof(values));
        }

        foreach (var v in values)
        {
            if (v is DefaultGraph)
            {
                throw new ArgumentException("The default-graph marker is not a value a variable can be bound to.", nameof(values));
            }
        }

        Variables = variables;
        _values = values;
    }

    public ResultVariables Variables { get; }

    /// <summary>The number of variables (bound or not).</summary>
    public int Count => _values.Length;

    /// <summary>The value at a variable position, or null when unbound.</summary>
    public Term? this[int index] => _values[index];

    /// <summary>The value of a variable, or null when it is unbound or not a variable of this result.</summary>
    public Term? this[string name]
    {
        get
        {
            var i = Variables.IndexOf(name);
            return i < 0 ? null : _values[i];
        }
    }

    /// <summary>The bound variables with their values, in head order.</summary>
    public IEnumerable<KeyValuePair<string, Term>> Bindings
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is { } v)
                {
                    yield return new KeyValuePair<string, Term>(Variables[i], v);
                }
            }
        }
    }

    /// <summary>Builds a row from name/value pairs; variables not mentioned are unbound.</summary>
    public static SolutionRow FromBindings(ResultVariables variables, IEnumerable<KeyValuePair<string, Term>> bindings)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(bindings);
        var values = new Term?[variables.Count];
        foreach (var (name, value) in bindings)
        {
            var i = variables.IndexOf(name);
            if (i < 0)
            {
                throw new ArgumentException($"The variable '{name}' is not in the result head ({variables}).", nameof(bindings));
            }

            values[i] = value;
        }

        return new SolutionRow(variables, values);
    }

    /// <summary>The row as <c>?x=&lt;iri&gt; ?y=UNDEF</c>, for messages.</summary>
    public override string ToString() =>
        string.Join(' ', Variables.Select((name, i) => "?" + name + "=" + (_values[i]?.ToString() ?? "UNDEF")));
}
