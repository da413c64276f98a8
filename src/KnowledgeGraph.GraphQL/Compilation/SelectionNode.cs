namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>
/// One selected field after fragments, <c>@skip</c>/<c>@include</c> and variables are resolved: its response key,
/// its field name, its argument values (plain .NET values: strings, numbers, booleans, lists, dictionaries) and its
/// sub-selection. <see cref="TypeCondition"/> is the type a fragment restricted it to, if any.
/// </summary>
public sealed record SelectionNode(
    string ResponseKey,
    string FieldName,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<SelectionNode> Children,
    string? TypeCondition)
{
    public object? Argument(string name) => Arguments.TryGetValue(name, out var v) ? v : null;

    public int Depth => Children.Count == 0 ? 1 : 1 + Children.Max(c => c.Depth);
}
