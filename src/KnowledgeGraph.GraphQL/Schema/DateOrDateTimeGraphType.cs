using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// <c>DateOrDateTime</c>: an xsd:date (<c>2021-07-20</c>) or an xsd:dateTime (<c>2021-07-20T10:30:00Z</c>) in its
/// lexical form. GraphQL unions cannot hold scalars, and two fields (date, dateTime) per property would make every
/// filter and sort ask "which one?", so the lexical form decides: a value with a <c>T</c> is written as xsd:dateTime,
/// one without as xsd:date. Input is checked here, so a malformed date is a validation error, not a bad triple.
/// </summary>
public sealed partial class DateOrDateTimeGraphType : ScalarGraphType
{
    public const string TypeName = "DateOrDateTime";

    public DateOrDateTimeGraphType()
    {
        Name = TypeName;
        Description = "An xsd:date (2021-07-20) or xsd:dateTime (2021-07-20T10:30:00Z) lexical form. Filters compare a date "
            + "operand with the day of the value, a dateTime operand with the whole lexical form.";
    }

    /// <summary>True for an ISO 8601 date or date-time as XSD writes it (year, month, day, optional time and zone).</summary>
    public static bool IsValid(string text) => Lexical().IsMatch(text) && Plausible(text);

    public static bool IsDateTime(string text) => text.Contains('T', StringComparison.Ordinal);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Check(s.Value.ToString()),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, "DateOrDateTime is written as a string such as \"2021-07-20\"."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Check(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value?.ToString();

    private static string Check(string text) => IsValid(text)
        ? text
        : throw new FormatException($"'{text}' is not a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss with an optional fraction and zone).");

    private static bool Plausible(string text)
    {
        var month = int.Parse(text.AsSpan(text.IndexOf('-', 1) + 1, 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(text.IndexOf('-', 1) + 4, 2), System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    [GeneratedRegex(@"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Lexical();
}
