using System.Globalization;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>
/// Walks the operation's AST under a root field (GraphQL.NET's SubFields drops fragment fields on interfaces, so
/// this resolves fragment spreads, inline fragments, directives and variables itself).
/// </summary>
public sealed class SelectionReader
{
    private readonly GraphQLDocument _document;
    private readonly Variables? _variables;

    public SelectionReader(GraphQLDocument document, Variables? variables)
    {
        _document = document;
        _variables = variables;
    }

    public SelectionNode Read(GraphQLField field, string? typeCondition = null)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var argument in field.Arguments ?? (IEnumerable<GraphQLArgument>)[])
        {
            arguments[argument.Name.StringValue] = Value(argument.Value);
        }

        var children = new List<SelectionNode>();
        if (field.SelectionSet is not null)
        {
            Collect(field.SelectionSet, null, children, 0);
        }

        return new SelectionNode(field.Alias?.Name.StringValue ?? field.Name.StringValue, field.Name.StringValue, arguments, children, typeCondition);
    }

    private void Collect(GraphQLSelectionSet set, string? typeCondition, List<SelectionNode> into, int fragmentDepth)
    {
        if (fragmentDepth > 32)
        {
            throw new ExecutionError("Fragments nest more than 32 levels deep.");
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField f when Included(f.Directives):
                    if (!f.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
                    {
                        into.Add(Read(f, typeCondition));
                    }

                    break;
                case GraphQLInlineFragment inline when Included(inline.Directives):
                    Collect(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? typeCondition, into, fragmentDepth + 1);
                    break;
                case GraphQLFragmentSpread spread when Included(spread.Directives):
                    var definition = _document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)
                        ?? throw new ExecutionError($"Unknown fragment '{spread.FragmentName.Name.StringValue}'.");
                    Collect(definition.SelectionSet, definition.TypeCondition.Type.Name.StringValue, into, fragmentDepth + 1);
                    break;
            }
        }
    }

    private bool Included(GraphQLDirectives? directives)
    {
        foreach (var directive in directives ?? (IEnumerable<GraphQLDirective>)[])
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments?.FirstOrDefault(a => a.Name.StringValue == "if") is { } arg && Value(arg.Value) is true;
            if (name == "skip" == condition)
            {
                return false;
            }
        }

        return true;
    }

    private object? Value(GraphQLValue value) => value switch
    {
        GraphQLVariable v => _variables?.ValueFor(v.Name.Value, out var found) == true ? Normalize(found.Value) : null,
        GraphQLNullValue => null,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.Parse(i.Value.Span, CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, CultureInfo.InvariantCulture),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue l => (l.Values ?? []).Select(Value).ToList(),
        GraphQLObjectValue o => (o.Fields ?? []).ToDictionary(f => f.Name.StringValue, f => Value(f.Value)),
        _ => throw new ExecutionError($"Unsupported argument value {value.Kind}."),
    };

    /// <summary>Variables arrive coerced by GraphQL.NET; bring them to the same shapes as literal arguments.</summary>
    private static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool or long or double => value,
        int i => (long)i,
        decimal d => (double)d,
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value)),
        System.Collections.IEnumerable e => e.Cast<object?>().Select(Normalize).ToList(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
