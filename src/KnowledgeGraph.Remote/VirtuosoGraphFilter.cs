using System.Text;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Part of <see cref="VirtuosoDialect"/>: after each <c>GRAPH ?g { ... }</c> of a query it adds
/// <c>FILTER(?g NOT IN (&lt;system graphs&gt;, &lt;default graph stand-in&gt;))</c> in the same group, where ?g is
/// always bound, so named-graph patterns see only the user's named graphs, as on our embedded store. Strings, IRIs and
/// comments are copied untouched; GRAPH with an IRI is left alone.
/// </summary>
internal static class VirtuosoGraphFilter
{
    public static string Rewrite(string text, IReadOnlyList<string> hidden)
    {
        if (text.IndexOf("GRAPH", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 64);
        var pending = new Stack<(int Depth, string Variable)>();
        var depth = 0;
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
                depth++;
                output.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                output.Append(c);
                if (pending.Count > 0 && pending.Peek().Depth == depth)
                {
                    var variable = pending.Pop().Variable;
                    output.Append(" FILTER(").Append(variable).Append(" NOT IN (")
                        .AppendJoin(", ", hidden.Select(g => "<" + g + ">")).Append("))");
                }

                depth--;
                i++;
                continue;
            }

            if (char.IsLetter(c) && (i == 0 || !VirtuosoExistsRewriter.IsNameChar(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && VirtuosoExistsRewriter.IsNameChar(text[end]))
                {
                    end++;
                }

                var word = text[i..end];
                output.Append(word);
                i = end;
                if (word.Equals("GRAPH", StringComparison.OrdinalIgnoreCase))
                {
                    // GRAPH ?g { : note the variable; the '{' that follows opens depth + 1.
                    var j = end;
                    while (j < text.Length && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }

                    if (j < text.Length && text[j] is '?' or '$')
                    {
                        var k = j + 1;
                        while (k < text.Length && VirtuosoExistsRewriter.IsNameChar(text[k]) && text[k] != ':')
                        {
                            k++;
                        }

                        var m = k;
                        while (m < text.Length && char.IsWhiteSpace(text[m]))
                        {
                            m++;
                        }

                        if (m < text.Length && text[m] == '{' && k > j + 1)
                        {
                            pending.Push((depth + 1, "?" + text[(j + 1)..k]));
                        }
                    }
                }

                continue;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }
}
