using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>The Expansion algorithm of JSON-LD 1.1 API (§5.1.2) and Value Expansion (§5.3.2).</summary>
public sealed class Expander(ContextProcessor contexts)
{
    /// <summary>Expands a whole document, applying the options' expandContext first, into an array of node objects.</summary>
    public JsonList ExpandDocument(object? document)
    {
        var options = contexts.Options;
        var active = new ActiveContext(options.BaseIri, options.ProcessingMode);
        if (options.ExpandContext is { } expandContext)
        {
            var ctx = expandContext is JsonMap m && m.TryGetValue("@context", out var inner) ? inner : expandContext;
            active = contexts.Process(active, JsonText.Clone(ctx), options.BaseIri);
        }

        var expanded = Expand(active, null, document, options.BaseIri);
        return expanded switch
        {
            null => [],
            JsonMap map when map.Count == 1 && map.TryGetValue("@graph", out var graph) => JsonList.Of(graph),
            JsonList list => list,
            _ => [expanded],
        };
    }

    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap = false)
    {
        if (element is null)
        {
            return null;
        }

        var propertyDef = active.Term(activeProperty);
        if (element is JsonList array)
        {
            var result = new JsonList();
            foreach (var item in array)
            {
                var expandedItem = Expand(active, activeProperty, item, baseUrl, fromMap);
                if (propertyDef is not null && propertyDef.HasContainer("@list") && expandedItem is JsonList nested)
                {
                    expandedItem = new JsonMap { ["@list"] = nested };
                }

                if (expandedItem is JsonList items)
                {
                    result.AddRange(items);
                }
                else if (expandedItem is not null)
                {
                    result.Add(expandedItem);
                }
            }

            return result;
        }

        if (element is not JsonMap map)
        {
            if (activeProperty is null || activeProperty == "@graph")
            {
                return null;
            }

            if (propertyDef is { HasLocalContext: true })
            {
                active = contexts.Process(active, JsonText.Clone(propertyDef.LocalContext), propertyDef.BaseUrl);
            }

            return ExpandValue(active, activeProperty, element);
        }

        return ExpandMap(active, activeProperty, propertyDef, map, baseUrl, fromMap);
    }

    private object? ExpandMap(ActiveContext active, string? activeProperty, TermDefinition? propertyDef, JsonMap element, string? baseUrl, bool fromMap)
    {
        if (active.Previous is not null && !fromMap && !KeepsPropagatedContext(active, element))
        {
            active = active.Previous;
        }

        if (propertyDef is { HasLocalContext: true })
        {
            active = contexts.Process(active, JsonText.Clone(propertyDef.LocalContext), propertyDef.BaseUrl, overrideProtected: true);
        }

        if (element.TryGetValue("@context", out var localContext))
        {
            active = contexts.Process(active, JsonText.Clone(localContext), baseUrl);
        }

        var typeScoped = active;
        string? inputType = null;
        var typeKeySeen = false;
        foreach (var key in element.Keys.Order(StringComparer.Ordinal))
        {
            if (contexts.ExpandIri(active, key, vocab: true) != "@type")
            {
                continue;
            }

            var types = JsonList.Of(element[key]).OfType<string>().Order(StringComparer.Ordinal).ToList();
            foreach (var type in types)
            {
                if (typeScoped.Term(type) is { HasLocalContext: true } typeDef)
                {
                    active = contexts.Process(active, JsonText.Clone(typeDef.LocalContext), typeDef.BaseUrl, propagate: false);
                }
            }

            if (!typeKeySeen)
            {
                typeKeySeen = true;
                var values = JsonList.Of(element[key]);
                if (values.Count > 0 && values[^1] is string last)
                {
                    inputType = contexts.ExpandIri(active, last, vocab: true);
                }
            }
        }

        var result = new JsonMap();
        ExpandEntries(active, typeScoped, activeProperty, element, result, baseUrl, inputType);

        if (result.TryGetValue("@value", out var value))
        {
            foreach (var key in result.Keys)
            {
                if (key is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                {
                    throw new JsonLdException("invalid value object", $"a value object cannot have '{key}'");
                }
            }

            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
            {
                throw new JsonLdException("invalid value object", "a value object cannot have both @type and @language or @direction");
            }

            var type = result.Get("@type");
            if (type is "@json")
            {
                return result;
            }

            if (value is null || value is JsonList { Count: 0 })
            {
                return null;
            }

            if (value is JsonMap or JsonList)
            {
                throw new JsonLdException("invalid value object value", "@value must be a string, number, boolean or null");
            }

            if (result.ContainsKey("@language") && value is not string)
            {
                throw new JsonLdException("invalid language-tagged value", "a value with @language must be a string");
            }

            if (result.ContainsKey("@type") && (type is not string t || IriSyntax.ValidateAbsolute(t) is not null || t.StartsWith("_:", StringComparison.Ordinal)))
            {
                throw new JsonLdException("invalid typed value", "the @type of a value object must be an IRI");
            }
        }
        else if (result.TryGetValue("@type", out var types) && types is not JsonList)
        {
            result["@type"] = new JsonList { types };
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException("invalid set or list object", "@set and @list objects can only have an @index besides");
            }

            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey("@language"))
        {
            return null;
        }

        if (activeProperty is null || activeProperty == "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list"))
            {
                return null;
            }

            if (result.Count == 1 && result.ContainsKey("@id"))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>A map that is a value, or only an @id reference, keeps a non-propagated context.</summary>
    private bool KeepsPropagatedContext(ActiveContext active, JsonMap element)
    {
        var onlyId = element.Count == 1;
        foreach (var key in element.Keys)
        {
            var expanded = contexts.ExpandIri(active, key, vocab: true);
            if (expanded == "@value")
            {
                return true;
            }

            if (expanded != "@id")
            {
                onlyId = false;
            }
        }

        return onlyId;
    }

    private void ExpandEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JsonMap element, JsonMap result, string? baseUrl, string? inputType)
    {
        var nests = new List<string>();
        foreach (var key in element.Keys.Order(StringComparer.Ordinal))
        {
            var value = element[key];
            if (key == "@context")
            {
                continue;
            }

            var expandedProperty = contexts.ExpandIri(active, key, vocab: true);
            if (expandedProperty is null || (!expandedProperty.Contains(':', StringComparison.Ordinal) && !JsonLdKeywords.IsKeyword(expandedProperty)))
            {
                continue;
            }

            if (JsonLdKeywords.IsKeyword(expandedProperty))
            {
                ExpandKeyword(active, typeScoped, activeProperty, key, expandedProperty, value, result, baseUrl, inputType, nests);
                continue;
            }

            var def = active.Term(key);
            object? expandedValue;
            if (def?.TypeMapping == "@json")
            {
                expandedValue = new JsonMap { ["@value"] = value, ["@type"] = "@json" };
            }
            else if (def is not null && def.HasContainer("@language") && value is JsonMap languageMap)
            {
                expandedValue = ExpandLanguageMap(active, def, languageMap);
            }
            else if (def is not null && (def.HasContainer("@index") || def.HasContainer("@type") || def.HasContainer("@id")) && value is JsonMap indexMap)
            {
                expandedValue = ExpandIndexMap(active, key, def, indexMap, baseUrl);
            }
            else
            {
                expandedValue = Expand(active, key, value, baseUrl);
            }

            if (expandedValue is null)
            {
                continue;
            }

            if (def is not null && def.HasContainer("@list") && !(expandedValue is JsonMap lm && lm.ContainsKey("@list")))
            {
                expandedValue = new JsonMap { ["@list"] = JsonList.Of(expandedValue) };
            }

            if (def is not null && def.HasContainer("@graph") && !def.HasContainer("@id") && !def.HasContainer("@index"))
            {
                var wrapped = new JsonList();
                foreach (var ev in JsonList.Of(expandedValue))
                {
                    wrapped.Add(new JsonMap { ["@graph"] = JsonList.Of(ev) });
                }

                expandedValue = wrapped;
            }

            if (def is { Reverse: true })
            {
                var reverseMap = result.Get("@reverse") as JsonMap ?? new JsonMap();
                result["@reverse"] = reverseMap;
                foreach (var item in JsonList.Of(expandedValue))
                {
                    if (item is JsonMap im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                    {
                        throw new JsonLdException("invalid reverse property value", $"'{key}' is a reverse property, so its values must be node objects");
                    }

                    reverseMap.AddValue(expandedProperty, item);
                }
            }
            else
            {
                result.AddValue(expandedProperty, expandedValue);
            }
        }

        foreach (var nestKey in nests.Order(StringComparer.Ordinal))
        {
            foreach (var nested in JsonList.Of(element[nestKey]))
            {
                if (nested is not JsonMap nestedMap || nestedMap.Keys.Any(k => contexts.ExpandIri(active, k, vocab: true) == "@value"))
                {
                    throw new JsonLdException("invalid @nest value", $"the value of '{nestKey}' must be objects without @value");
                }

                var nestContext = active;
                if (active.Term(nestKey) is { HasLocalContext: true } nestDef)
                {
                    nestContext = contexts.Process(active, JsonText.Clone(nestDef.LocalContext), nestDef.BaseUrl, overrideProtected: true);
                }

                ExpandEntries(nestContext, typeScoped, activeProperty, nestedMap, result, baseUrl, inputType);
            }
        }
    }

    /// <summary>Step 13.4 of expansion: a key that expands to a keyword.</summary>
    private void ExpandKeyword(ActiveContext active, ActiveContext typeScoped, string? activeProperty, string key, string keyword, object? value, JsonMap result, string? baseUrl, string? inputType, List<string> nests)
    {
        if (activeProperty == "@reverse")
        {
            throw new JsonLdException("invalid reverse property map", $"a @reverse map cannot contain the keyword {keyword}");
        }

        if (result.ContainsKey(keyword) && keyword is not ("@included" or "@type"))
        {
            throw new JsonLdException("colliding keywords", $"two entries expand to {keyword}");
        }

        object? expandedValue;
        switch (keyword)
        {
            case "@id":
                if (value is not string id)
                {
                    throw new JsonLdException("invalid @id value", "@id must be a string");
                }

                expandedValue = contexts.ExpandIri(active, id, documentRelative: true);
                break;
            case "@type":
                if (value is not string && !(value is JsonList tl && tl.All(t => t is string)))
                {
                    throw new JsonLdException("invalid type value", "@type must be a string or an array of strings");
                }

                if (value is string single)
                {
                    expandedValue = contexts.ExpandIri(typeScoped, single, documentRelative: true, vocab: true);
                }
                else
                {
                    expandedValue = new JsonList(((JsonList)value).Select(t => (object?)contexts.ExpandIri(typeScoped, (string)t!, documentRelative: true, vocab: true)));
                }

                if (result.TryGetValue("@type", out var existing))
                {
                    var merged = JsonList.Of(existing);
                    merged = new JsonList(merged);
                    merged.AddRange(JsonList.Of(expandedValue));
                    expandedValue = merged;
                }

                break;
            case "@graph":
                expandedValue = JsonList.Of(Expand(active, "@graph", value, baseUrl));
                break;
            case "@included":
                if (active.Is10)
                {
                    return;
                }

                var included = JsonList.Of(Expand(active, null, value, baseUrl));
                foreach (var item in included)
                {
                    if (item is not JsonMap node || node.ContainsKey("@value") || node.ContainsKey("@list") || node.ContainsKey("@set"))
                    {
                        throw new JsonLdException("invalid @included value", "@included must hold node objects");
                    }
                }

                if (result.TryGetValue("@included", out var previousIncluded))
                {
                    var all = new JsonList(JsonList.Of(previousIncluded));
                    all.AddRange(included);
                    included = all;
                }

                expandedValue = included;
                break;
            case "@value":
                if (inputType == "@json")
                {
                    if (active.Is10)
                    {
                        throw new JsonLdException("invalid value object value", "@json needs json-ld-1.1 processing mode");
                    }

                    expandedValue = value;
                }
                else if (value is JsonMap or JsonList)
                {
                    throw new JsonLdException("invalid value object value", "@value must be a string, number, boolean or null");
                }
                else
                {
                    expandedValue = value;
                }

                result["@value"] = expandedValue;
                return;
            case "@language":
                if (value is not string language)
                {
                    throw new JsonLdException("invalid language-tagged string", "@language must be a string");
                }

                expandedValue = language;
                break;
            case "@direction":
                if (active.Is10)
                {
                    return;
                }

                if (value is not ("ltr" or "rtl"))
                {
                    throw new JsonLdException("invalid base direction", "@direction must be \"ltr\" or \"rtl\"");
                }

                expandedValue = value;
                break;
            case "@index":
                if (value is not string)
                {
                    throw new JsonLdException("invalid @index value", "@index must be a string");
                }

                expandedValue = value;
                break;
            case "@list":
                if (activeProperty is null || activeProperty == "@graph")
                {
                    return;
                }

                expandedValue = JsonList.Of(Expand(active, activeProperty, value, baseUrl));
                break;
            case "@set":
                expandedValue = Expand(active, activeProperty, value, baseUrl);
                break;
            case "@reverse":
                if (value is not JsonMap)
                {
                    throw new JsonLdException("invalid @reverse value", "@reverse must be an object");
                }

                var reversed = (JsonMap)Expand(active, "@reverse", value, baseUrl)!;
                if (reversed.TryGetValue("@reverse", out var doubleReversed))
                {
                    foreach (var (property, items) in (JsonMap)doubleReversed!)
                    {
                        result.AddValue(property, items);
                    }
                }

                var reverseMap = result.Get("@reverse") as JsonMap;
                foreach (var (property, items) in reversed)
                {
                    if (property == "@reverse")
                    {
                        continue;
                    }

                    reverseMap ??= new JsonMap();
                    foreach (var item in JsonList.Of(items))
                    {
                        if (item is JsonMap im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                        {
                            throw new JsonLdException("invalid reverse property value", $"reverse values of <{property}> must be node objects");
                        }

                        reverseMap.AddValue(property, item);
                    }
                }

                if (reverseMap is not null)
                {
                    result["@reverse"] = reverseMap;
                }

                return;
            case "@nest":
                nests.Add(key);
                return;
            default:
                return; // framing keywords and @context: nothing to expand in toRdf
        }

        if (expandedValue is not null || keyword == "@id")
        {
            result[keyword] = expandedValue;
        }
    }

    private JsonList ExpandLanguageMap(ActiveContext active, TermDefinition def, JsonMap languageMap)
    {
        var expanded = new JsonList();
        var direction = def.HasDirection ? def.Direction : active.DefaultDirection;
        foreach (var language in languageMap.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var item in JsonList.Of(languageMap[language]))
            {
                if (item is null)
                {
                    continue;
                }

                if (item is not string s)
                {
                    throw new JsonLdException("invalid language map value", $"the values of a language map must be strings (language '{language}')");
                }

                var v = new JsonMap { ["@value"] = s };
                if (language != "@none" && contexts.ExpandIri(active, language, vocab: true) != "@none")
                {
                    v["@language"] = language;
                }

                if (direction is not null)
                {
                    v["@direction"] = direction;
                }

                expanded.Add(v);
            }
        }

        return expanded;
    }

    private JsonList ExpandIndexMap(ActiveContext active, string key, TermDefinition def, JsonMap indexMap, string? baseUrl)
    {
        var expanded = new JsonList();
        var indexKey = def.Index ?? "@index";
        var byIdOrType = def.HasContainer("@id") || def.HasContainer("@type");
        foreach (var index in indexMap.Keys.Order(StringComparer.Ordinal))
        {
            var mapContext = byIdOrType ? active.Previous ?? active : active;
            if (def.HasContainer("@type") && mapContext.Term(index) is { HasLocalContext: true } indexDef)
            {
                mapContext = contexts.Process(mapContext, JsonText.Clone(indexDef.LocalContext), indexDef.BaseUrl);
            }
            else if (!def.HasContainer("@type"))
            {
                mapContext = active;
            }

            var expandedIndex = contexts.ExpandIri(active, index, vocab: true);
            var items = JsonList.Of(Expand(mapContext, key, JsonList.Of(indexMap[index]), baseUrl, fromMap: true));
            foreach (var raw in items)
            {
                var item = raw;
                if (def.HasContainer("@graph") && !(item is JsonMap gm && gm.ContainsKey("@graph")))
                {
                    item = new JsonMap { ["@graph"] = JsonList.Of(item) };
                }

                var itemMap = item as JsonMap;
                if (def.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var reExpanded = ExpandValue(active, indexKey, index);
                    var expandedIndexKey = contexts.ExpandIri(active, indexKey, vocab: true)!;
                    if (itemMap is null || itemMap.ContainsKey("@value"))
                    {
                        throw new JsonLdException("invalid value object", $"a property-valued index of '{key}' needs node objects");
                    }

                    var values = new JsonList { reExpanded };
                    if (itemMap.TryGetValue(expandedIndexKey, out var existing))
                    {
                        values.AddRange(JsonList.Of(existing));
                    }

                    itemMap[expandedIndexKey] = values;
                }
                else if (def.HasContainer("@index") && itemMap is not null && !itemMap.ContainsKey("@index") && expandedIndex != "@none")
                {
                    itemMap["@index"] = index;
                }
                else if (def.HasContainer("@id") && itemMap is not null && !itemMap.ContainsKey("@id") && expandedIndex != "@none")
                {
                    itemMap["@id"] = contexts.ExpandIri(active, index, documentRelative: true);
                }
                else if (def.HasContainer("@type") && itemMap is not null && expandedIndex != "@none")
                {
                    var types = new JsonList { expandedIndex };
                    if (itemMap.TryGetValue("@type", out var existing))
                    {
                        types.AddRange(JsonList.Of(existing));
                    }

                    itemMap["@type"] = types;
                }

                expanded.Add(item);
            }
        }

        return expanded;
    }

    /// <summary>Value Expansion (§5.3.2).</summary>
    public JsonMap ExpandValue(ActiveContext active, string activeProperty, object? value)
    {
        var def = active.Term(activeProperty);
        if (def?.TypeMapping == "@id" && value is string idRef)
        {
            return new JsonMap { ["@id"] = contexts.ExpandIri(active, idRef, documentRelative: true) };
        }

        if (def?.TypeMapping == "@vocab" && value is string vocabRef)
        {
            return new JsonMap { ["@id"] = contexts.ExpandIri(active, vocabRef, documentRelative: true, vocab: true) };
        }

        var result = new JsonMap { ["@value"] = value };
        if (def?.TypeMapping is { } type && type is not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = type;
        }
        else if (value is string)
        {
            var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
            var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
            if (language is not null)
            {
                result["@language"] = language;
            }

            if (direction is not null)
            {
                result["@direction"] = direction;
            }
        }

        return result;
    }
}
