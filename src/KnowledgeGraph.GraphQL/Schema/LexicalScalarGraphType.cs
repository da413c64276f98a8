using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// A scalar carried as its XSD lexical form (Date, DateTime, Decimal): values pass through unchanged so the SPARQL
/// side compares them as typed literals, and no precision or time zone is lost on the way.
/// </summary>
public sealed class LexicalScalarGraphType : ScalarGraphType
{
    public LexicalScalarGraphType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value?.ToString();
}
