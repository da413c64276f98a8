using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// Reuses <see cref="Iri"/> and <see cref="BlankNode"/> instances for text seen before, looked up by span
/// so a repeated predicate or datatype costs no allocation. Bounded: when full it starts over, which
/// costs only allocations, never correctness.
/// </summary>
internal sealed class TermCache
{
    private const int MaxEntries = 1 << 16;

    private readonly Dictionary<string, Iri> _iris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri>.AlternateLookup<ReadOnlySpan<char>> _iriLookup;
    private readonly Dictionary<string, BlankNode>.AlternateLookup<ReadOnlySpan<char>> _blankLookup;

    public TermCache()
    {
        _iriLookup = _iris.GetAlternateLookup<ReadOnlySpan<char>>();
        _blankLookup = _blankNodes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Iri Iri(ReadOnlySpan<char> value)
    {
        if (_iriLookup.TryGetValue(value, out var iri))
        {
            return iri;
        }

        if (_iris.Count >= MaxEntries)
        {
            _iris.Clear();
        }

        var text = value.ToString();
        iri = new Iri(text);
        _iris[text] = iri;
        return iri;
    }

    public Iri Iri(string value)
    {
        if (_iris.TryGetValue(value, out var iri))
        {
            return iri;
        }

        if (_iris.Count >= MaxEntries)
        {
            _iris.Clear();
        }

        iri = new Iri(value);
        _iris[value] = iri;
        return iri;
    }

    /// <summary>The blank node for a document label, renamed with <paramref name="prefix"/> (empty to keep it).</summary>
    public BlankNode BlankNode(string prefix, ReadOnlySpan<char> label)
    {
        if (_blankLookup.TryGetValue(label, out var node))
        {
            return node;
        }

        if (_blankNodes.Count >= MaxEntries)
        {
            _blankNodes.Clear();
        }

        var key = label.ToString();
        node = new BlankNode(prefix.Length == 0 ? key : prefix + key);
        _blankNodes[key] = node;
        return node;
    }
}
