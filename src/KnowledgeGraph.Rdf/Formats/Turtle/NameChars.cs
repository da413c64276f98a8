namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>The character classes of Turtle's PN_CHARS productions, over code points.</summary>
internal static class NameChars
{
    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsBase(int c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
        || (c >= 0x00C0 && c <= 0x00D6) || (c >= 0x00D8 && c <= 0x00F6) || (c >= 0x00F8 && c <= 0x02FF)
        || (c >= 0x0370 && c <= 0x037D) || (c >= 0x037F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);

    /// <summary>PN_CHARS_U.</summary>
    public static bool IsBaseOrUnderscore(int c) => c == '_' || IsBase(c);

    /// <summary>PN_CHARS.</summary>
    public static bool IsNameChar(int c) =>
        IsBaseOrUnderscore(c) || c == '-' || (c >= '0' && c <= '9') || c == 0x00B7
        || (c >= 0x0300 && c <= 0x036F) || (c >= 0x203F && c <= 0x2040);

    /// <summary>The characters PN_LOCAL_ESC allows after a backslash.</summary>
    public static bool IsLocalEscapable(int c) => c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')'
        or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';
}
