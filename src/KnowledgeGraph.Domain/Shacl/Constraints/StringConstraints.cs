using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary>The string form SHACL's string constraints test: an IRI's text or a literal's lexical form; blank nodes have none.</summary>
internal static class StringForm
{
    public static string? Of(Term value) => value switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        _ => null,
    };
}

/// <summary><c>sh:minLength</c>.</summary>
public sealed record MinLengthConstraint(int Min) : IConstraint
{
    public Iri Component { get; } = Sh.Component("MinLength");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            if (StringForm.Of(value) is not { } text || text.Length < Min)
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Value has less than {Min} characters");
            }
        }
    }
}

/// <summary><c>sh:maxLength</c>.</summary>
public sealed record MaxLengthConstraint(int Max) : IConstraint
{
    public Iri Component { get; } = Sh.Component("MaxLength");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            if (StringForm.Of(value) is not { } text || text.Length > Max)
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Value has more than {Max} characters");
            }
        }
    }
}

/// <summary>
/// <c>sh:pattern</c> with optional <c>sh:flags</c> (XPath regex flags i, m, s, x mapped to .NET options).
/// The regex is compiled once, with a timeout so a pathological pattern cannot hang validation.
/// </summary>
public sealed record PatternConstraint(string Pattern, string? Flags) : IConstraint
{
    private readonly Regex _regex = new(Pattern, ToOptions(Flags), TimeSpan.FromSeconds(2));

    public Iri Component { get; } = Sh.Component("Pattern");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            if (StringForm.Of(value) is not { } text || !_regex.IsMatch(text))
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Value does not match pattern \"{Pattern}\"");
            }
        }
    }

    private static RegexOptions ToOptions(string? flags)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (var flag in flags ?? string.Empty)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                'q' => RegexOptions.None,
                _ => throw new ShapesGraphException($"sh:flags \"{flags}\": unknown regex flag '{flag}' (expected i, m, s, x or q)"),
            };
        }

        return options;
    }
}

/// <summary><c>sh:languageIn</c>: each value is a literal whose tag matches one of the ranges (RFC 4647 basic filtering).</summary>
public sealed record LanguageInConstraint(IReadOnlyList<string> Ranges) : IConstraint
{
    public Iri Component { get; } = Sh.Component("LanguageIn");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            var tag = (value as Literal)?.Language;
            if (tag is null || !Ranges.Any(range => Matches(tag, range)))
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Language tag not in ({string.Join(", ", Ranges)})");
            }
        }
    }

    private static bool Matches(string tag, string range) =>
        range == "*"
        || string.Equals(tag, range, StringComparison.OrdinalIgnoreCase)
        || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
}

/// <summary><c>sh:uniqueLang true</c>: no two values share a language tag.</summary>
public sealed record UniqueLangConstraint : IConstraint
{
    public Iri Component { get; } = Sh.Component("UniqueLang");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var duplicates = values.OfType<Literal>()
            .Where(l => l.Language is not null)
            .GroupBy(l => l.Language!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            ValidationContext.Report(results, shape, focus, null, Component, $"Language \"{group.Key}\" used more than once");
        }
    }
}
