using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>REGEX and REPLACE of sections 17.4.3.14-15, with XPath flags and replacement syntax.</summary>
public static class RegexFunctions
{
    public static Term? Regex(XPathRegex regexes, Term? text, Term? pattern, Term? flags)
    {
        if (!Literals.IsStringLiteral(text) || !Literals.IsPlainString(pattern) || (flags is not null && !Literals.IsPlainString(flags)))
        {
            return null;
        }

        var regex = regexes.Get(((Literal)pattern!).LexicalForm, (flags as Literal)?.LexicalForm ?? string.Empty);
        return regex is null ? null : Literals.Boolean(regex.IsMatch(((Literal)text!).LexicalForm));
    }

    public static Term? Replace(XPathRegex regexes, Term? text, Term? pattern, Term? replacement, Term? flags)
    {
        if (!Literals.IsStringLiteral(text) || !Literals.IsPlainString(pattern) || !Literals.IsPlainString(replacement)
            || (flags is not null && !Literals.IsPlainString(flags)))
        {
            return null;
        }

        var regex = regexes.Get(((Literal)pattern!).LexicalForm, (flags as Literal)?.LexicalForm ?? string.Empty);
        if (regex is null || regex.IsMatch(string.Empty))
        {
            // XPath forbids a pattern that matches the empty string (err:FORX0003).
            return null;
        }

        var netReplacement = TranslateReplacement(((Literal)replacement!).LexicalForm);
        if (netReplacement is null)
        {
            return null;
        }

        var source = (Literal)text!;
        return Literals.SameKindAs(source, regex.Replace(source.LexicalForm, netReplacement));
    }

    /// <summary>XPath replacement strings use $N for groups and \$ / \\ as escapes; .NET uses ${N} and $$.</summary>
    private static string? TranslateReplacement(string replacement)
    {
        var sb = new StringBuilder(replacement.Length);
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length || replacement[i + 1] is not ('\\' or '$'))
                {
                    return null;
                }

                sb.Append(replacement[++i] == '$' ? "$$" : "\\");
            }
            else if (c == '$')
            {
                var j = i + 1;
                while (j < replacement.Length && char.IsAsciiDigit(replacement[j]))
                {
                    j++;
                }

                if (j == i + 1)
                {
                    return null;
                }

                sb.Append("${").Append(replacement, i + 1, j - i - 1).Append('}');
                i = j - 1;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
