namespace KnowledgeGraph.Rdf.Model;

/// <summary>BCP 47 language tags as RDF 1.1 uses them: the well-formed syntax of Turtle's LANGTAG production.</summary>
public static class LanguageTag
{
    /// <summary>Checks <c>[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*</c>.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty)
        {
            return false;
        }

        var first = true;
        var partLength = 0;
        foreach (var c in tag)
        {
            if (c == '-')
            {
                if (partLength == 0)
                {
                    return false;
                }

                first = false;
                partLength = 0;
            }
            else if (char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c)))
            {
                partLength++;
            }
            else
            {
                return false;
            }
        }

        return partLength > 0;
    }

    /// <summary>Lower-cases a tag (ASCII only, as BCP 47 tags are ASCII), avoiding a copy when it already is.</summary>
    public static string Normalize(string tag)
    {
        foreach (var c in tag)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return tag.ToLowerInvariant();
            }
        }

        return tag;
    }
}
