using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// Reads JSON text into <see cref="JsonMap"/>/<see cref="JsonList"/> trees (System.Text.Json's
/// <see cref="JsonDocument"/> does the parsing), writes trees back, and writes the JCS canonical form
/// (RFC 8785) that <c>@json</c> literals take in RDF.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// The deepest nesting accepted. The algorithms recurse once per level, so a hostile document nested
    /// thousands deep would otherwise overflow the stack, which no catch can stop.
    /// </summary>
    public const int MaxDepth = 512;

    /// <exception cref="JsonLdException">Code <c>loading document failed</c> with the JSON reader's line and column.</exception>
    public static object? Parse(string text, string? sourceName = null)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return Convert(doc.RootElement);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            throw new JsonLdException("loading document failed", $"{sourceName ?? "input"} is not valid JSON: {StripPosition(e.Message)}", line, column, e);
        }
    }

    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at].TrimEnd();
    }

    public static object? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new JsonMap();
                foreach (var p in element.EnumerateObject())
                {
                    map[p.Name] = Convert(p.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new JsonList();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(Convert(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>A deep copy, so that an algorithm can edit it without touching the original.</summary>
    public static object? Clone(object? value) => value switch
    {
        JsonMap m => CloneMap(m),
        JsonList l => new JsonList(l.Select(Clone)),
        _ => value,
    };

    public static JsonMap CloneMap(JsonMap map)
    {
        var copy = new JsonMap();
        foreach (var (k, v) in map)
        {
            copy[k] = Clone(v);
        }

        return copy;
    }

    /// <summary>Deep equality with arrays in order (what the node map's duplicate check needs).</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case JsonMap ma:
                if (b is not JsonMap mb || ma.Count != mb.Count)
                {
                    return false;
                }

                foreach (var (k, v) in ma)
                {
                    if (!mb.TryGetValue(k, out var w) || !DeepEquals(v, w))
                    {
                        return false;
                    }
                }

                return true;
            case JsonList la:
                if (b is not JsonList lb || la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            case null:
                return b is null;
            default:
                return a.Equals(b);
        }
    }

    /// <summary>The JCS canonical form: keys sorted by UTF-16 code units, no whitespace, ECMAScript numbers.</summary>
    public static string Canonical(object? value)
    {
        var sb = new StringBuilder();
        WriteCanonical(sb, value);
        return sb.ToString();
    }

    private static void WriteCanonical(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case JsonMap m:
                sb.Append('{');
                var first = true;
                foreach (var key in m.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    WriteCanonical(sb, m[key]);
                }

                sb.Append('}');
                break;
            case JsonList l:
                sb.Append('[');
                for (var i = 0; i < l.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteCanonical(sb, l[i]);
                }

                sb.Append(']');
                break;
            default:
                WriteScalar(sb, value);
                break;
        }
    }

    private static void WriteScalar(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case double d:
                sb.Append(JsonNumbers.ToEcmaScript(d));
                break;
            case string s:
                WriteString(sb, s);
                break;
            default:
                throw new ArgumentException($"not a JSON value: {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A JSON string with only the escapes JSON requires (JCS's rule; also readable output).</summary>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    /// <summary>Writes a tree as indented JSON (two spaces), in the maps' own entry order.</summary>
    public static void WriteIndented(TextWriter output, object? value)
    {
        var sb = new StringBuilder();
        WriteIndented(sb, value, 0);
        output.Write(sb);
    }

    public static string ToIndentedString(object? value)
    {
        var sb = new StringBuilder();
        WriteIndented(sb, value, 0);
        return sb.ToString();
    }

    private static void WriteIndented(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case JsonMap m when m.Count > 0:
                sb.Append("{\n");
                var i = 0;
                foreach (var (k, v) in m)
                {
                    sb.Append(' ', (depth + 1) * 2);
                    WriteString(sb, k);
                    sb.Append(": ");
                    WriteIndented(sb, v, depth + 1);
                    sb.Append(++i < m.Count ? ",\n" : "\n");
                }

                sb.Append(' ', depth * 2).Append('}');
                break;
            case JsonMap:
                sb.Append("{}");
                break;
            case JsonList l when l.Count > 0:
                sb.Append("[\n");
                for (var j = 0; j < l.Count; j++)
                {
                    sb.Append(' ', (depth + 1) * 2);
                    WriteIndented(sb, l[j], depth + 1);
                    sb.Append(j + 1 < l.Count ? ",\n" : "\n");
                }

                sb.Append(' ', depth * 2).Append(']');
                break;
            case JsonList:
                sb.Append("[]");
                break;
            default:
                WriteScalar(sb, value);
                break;
        }
    }
}
