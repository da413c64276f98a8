namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The inverse context of JSON-LD 1.1 API §4.3: IRI → container key → @language/@type/@any → value → term,
/// which IRI compaction searches to pick the term that best fits a value.
/// </summary>
public sealed class InverseContext
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, Dictionary<string, string>>>> _entries = new(StringComparer.Ordinal);

    public bool Contains(string iri) => _entries.ContainsKey(iri);

    /// <summary>The term selected for <paramref name="iri"/> (§4.4 Term Selection), or null.</summary>
    public string? SelectTerm(string iri, IEnumerable<string> containers, string typeLanguage, IEnumerable<string> preferredValues)
    {
        if (!_entries.TryGetValue(iri, out var containerMap))
        {
            return null;
        }

        var preferred = preferredValues.ToList();
        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var typeLanguageMap))
            {
                continue;
            }

            var valueMap = typeLanguageMap[typeLanguage];
            foreach (var item in preferred)
            {
                if (valueMap.TryGetValue(item, out var term))
                {
                    return term;
                }
            }
        }

        return null;
    }

    public static InverseContext Build(ActiveContext active)
    {
        var result = new InverseContext();
        var defaultLanguage = active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var terms = active.Terms.Keys.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var def = active.Terms[term];
            if (def.Iri is null)
            {
                continue;
            }

            var container = def.Container.Count == 0 ? "@none" : string.Concat(def.Container.Order(StringComparer.Ordinal));
            if (!result._entries.TryGetValue(def.Iri, out var containerMap))
            {
                containerMap = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
                result._entries[def.Iri] = containerMap;
            }

            if (!containerMap.TryGetValue(container, out var typeLanguageMap))
            {
                typeLanguageMap = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
                {
                    ["@language"] = new(StringComparer.Ordinal),
                    ["@type"] = new(StringComparer.Ordinal),
                    ["@any"] = new(StringComparer.Ordinal) { ["@none"] = term },
                };
                containerMap[container] = typeLanguageMap;
            }

            var languageMap = typeLanguageMap["@language"];
            var typeMap = typeLanguageMap["@type"];
            if (def.Reverse)
            {
                typeMap.TryAdd("@reverse", term);
            }
            else if (def.TypeMapping == "@none")
            {
                languageMap.TryAdd("@any", term);
                typeMap.TryAdd("@any", term);
            }
            else if (def.TypeMapping is not null)
            {
                typeMap.TryAdd(def.TypeMapping, term);
            }
            else if (def.HasLanguage && def.HasDirection)
            {
                var key = (def.Language, def.Direction) switch
                {
                    ({ } l, { } d) => (l + "_" + d).ToLowerInvariant(),
                    ({ } l, null) => l.ToLowerInvariant(),
                    (null, { } d) => "_" + d,
                    _ => "@null",
                };
                languageMap.TryAdd(key, term);
            }
            else if (def.HasLanguage)
            {
                languageMap.TryAdd(def.Language?.ToLowerInvariant() ?? "@null", term);
            }
            else if (def.HasDirection)
            {
                languageMap.TryAdd(def.Direction is null ? "@none" : "_" + def.Direction, term);
            }
            else if (active.DefaultDirection is not null)
            {
                languageMap.TryAdd((active.DefaultLanguage + "_" + active.DefaultDirection).ToLowerInvariant(), term);
                languageMap.TryAdd("@none", term);
                typeMap.TryAdd("@none", term);
            }
            else
            {
                languageMap.TryAdd(defaultLanguage, term);
                languageMap.TryAdd("@none", term);
                typeMap.TryAdd("@none", term);
            }
        }

        return result;
    }
}
