using System.Text;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Lays out one-line SSE (from <see cref="SsePrinter"/>) over several lines, Jena style: a list that fits
/// in <c>width</c> columns stays on one line, otherwise its head and leading atoms (and lists of atoms) stay on the first line
/// and each sub-list goes on its own line, indented by two spaces. Strings and IRIs are kept intact.
/// </summary>
public static class SseFormatter
{
    public static string Format(string sse, int width = 80)
    {
        ArgumentNullException.ThrowIfNull(sse);
        var pos = 0;
        var root = Read(sse, ref pos);
        var sb = new StringBuilder();
        Write(sb, root, 0, width);
        return sb.ToString();
    }

    public static string Format(Operator op, int width = 80) => Format(SsePrinter.Print(op), width);

    private sealed record Node(string? Atom, List<Node>? Items)
    {
        public int FlatLength => Atom?.Length ?? (Items!.Sum(i => i.FlatLength) + Items!.Count + 1);
    }

    private static Node Read(string s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ')
        {
            pos++;
        }

        if (s[pos] == '(')
        {
            pos++;
            var items = new List<Node>();
            while (true)
            {
                while (pos < s.Length && s[pos] == ' ')
                {
                    pos++;
                }

                if (pos >= s.Length || s[pos] == ')')
                {
                    pos++;
                    return new Node(null, items);
                }

                items.Add(Read(s, ref pos));
            }
        }

        var start = pos;
        var depth = 0;
        while (pos < s.Length)
        {
            var c = s[pos];
            if (c == '"')
            {
                pos++;
                while (pos < s.Length && s[pos] != '"')
                {
                    pos += s[pos] == '\\' ? 2 : 1;
                }
            }
            else if (c == '<' && depth == 0 && pos == start)
            {
                var close = s.IndexOf('>', pos);
                pos = close < 0 ? s.Length - 1 : close;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if ((c == ' ' || c == ')' || c == '(') && depth == 0)
            {
                break;
            }

            pos++;
        }

        return new Node(s[start..pos], null);
    }

    private static void Write(StringBuilder sb, Node node, int indent, int width)
    {
        if (node.Atom is not null)
        {
            sb.Append(node.Atom);
            return;
        }

        var items = node.Items!;
        if (indent + node.FlatLength <= width || items.All(i => i.Atom is not null))
        {
            WriteFlat(sb, node);
            return;
        }

        sb.Append('(');
        var i = 0;
        for (; i < items.Count && IsHeadItem(items[i]); i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            WriteFlat(sb, items[i]);
        }

        for (; i < items.Count; i++)
        {
            sb.Append('\n').Append(' ', indent + 2);
            Write(sb, items[i], indent + 2, width);
        }

        sb.Append(')');
    }

    /// <summary>Atoms and lists of atoms (variable lists such as <c>(?x ?y)</c>) stay on the line of the list's head.</summary>
    private static bool IsHeadItem(Node node) => node.Atom is not null || node.Items!.All(i => i.Atom is not null);

    private static void WriteFlat(StringBuilder sb, Node node)
    {
        if (node.Atom is not null)
        {
            sb.Append(node.Atom);
            return;
        }

        sb.Append('(');
        for (var i = 0; i < node.Items!.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            WriteFlat(sb, node.Items[i]);
        }

        sb.Append(')');
    }
}
