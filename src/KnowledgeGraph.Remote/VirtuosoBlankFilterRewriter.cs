using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Part of <see cref="VirtuosoDialect"/>: Virtuoso 7.2 fails to compile a UNION branch like
/// <c>{ ?r ?p1 ?b . FILTER(isBlank(?b)) ?b ?p ?o . BIND(?b AS ?s) }</c> ("SP031: Internal error: sparp_gp_deprecate():
/// equiv replaces filter but under deprecation"; our linked-data descriptions have that shape). Scoping the filter to
/// the patterns before it, <c>{ { ?r ?p1 ?b . FILTER(isBlank(?b)) } ?b ?p ?o . BIND(?b AS ?s) }</c>, compiles and means
/// the same when those patterns always bind the variable: so it is done only when they are triple patterns, inline
/// VALUES, filters and groups of those (no OPTIONAL, UNION, MINUS, GRAPH, BIND, subquery) that mention it. Strings, IRIs and comments are copied untouched.
/// </summary>
internal static partial class VirtuosoBlankFilterRewriter
{
    public static string Rewrite(string text)
    {
        if (text.IndexOf("isBlank", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 16);
        var groupStarts = new Stack<int>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (SparqlVerbatimTokens.End(text, i) is { } verbatimEnd)
            {
                output.Append(text, i, verbatimEnd - i);
                i = verbatimEnd;
                continue;
            }

            if (c == '{')
            {
                output.Append(c);
                groupStarts.Push(output.Length);
                i++;
                continue;
            }

            if (c == '}')
            {
                output.Append(c);
                if (groupStarts.Count > 0)
                {
                    groupStarts.Pop();
                }

                i++;
                continue;
            }

            if ((c == 'F' || c == 'f') && (i == 0 || !VirtuosoExistsRewriter.IsNameChar(text[i - 1])) && groupStarts.Count > 0)
            {
                var filter = BlankFilter().Match(text, i);
                if (filter.Success && filter.Index == i)
                {
                    var variable = filter.Groups[1].Value;
                    var start = groupStarts.Peek();
                    // Inline data (VALUES ?x { ... }) always binds its variable: as plain as a triple pattern.
                    var before = InlineValues().Replace(output.ToString(start, output.Length - start), " ");
                    if (Regex.IsMatch(before, @"[?$]" + Regex.Escape(variable) + @"\b") && !Structural().IsMatch(before))
                    {
                        output.Insert(start, " {");
                        output.Append(filter.Value).Append(" }");
                        i += filter.Length;
                        continue;
                    }
                }
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }

    [GeneratedRegex(@"FILTER\s*\(\s*isBlank\s*\(\s*[?$]([A-Za-z_0-9]+)\s*\)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BlankFilter();

    [GeneratedRegex(@"\b(OPTIONAL|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|SELECT|EXISTS)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Structural();

    [GeneratedRegex(@"\bVALUES\s+[?$][A-Za-z_0-9]+\s*\{[^{}]*\}", RegexOptions.IgnoreCase)]
    private static partial Regex InlineValues();
}
