namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// JSON-LD 1.1 names its document forms by profile IRI (section 10 of the syntax spec). An entity is compacted by
/// default, a flat graph that reads back to exactly the description; a client that wants the entity as one tree with
/// the claims about it nested (what a web page or an app wants) asks for the framed form, by the Accept header's
/// <c>profile</c> parameter or by <c>?profile=framed</c> on a link.
/// </summary>
public static class JsonLdProfile
{
    public const string Framed = "http://www.w3.org/ns/json-ld#framed";

    public static bool WantsFramed(string? accept, string? profileParameter)
    {
        if (string.Equals(profileParameter, "framed", StringComparison.OrdinalIgnoreCase) || string.Equals(profileParameter, Framed, StringComparison.Ordinal))
        {
            return true;
        }

        // profile="IRI IRI ..." on an application/ld+json range; a plain substring test would also match other types.
        foreach (var range in (accept ?? "").Split(','))
        {
            var parts = range.Split(';', StringSplitOptions.TrimEntries);
            if (!parts[0].Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var parameter in parts.Skip(1))
            {
                if (parameter.StartsWith("profile=", StringComparison.OrdinalIgnoreCase)
                    && parameter["profile=".Length..].Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Framed, StringComparer.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
