using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The Compaction algorithm of JSON-LD 1.1 API (§6.1), with IRI Compaction (§4.5), Term Selection (§4.4)
/// and Value Compaction (§6.3). Covers terms, prefixes, @vocab, type and language coercion, reverse
/// properties, @set/@list/@language/@index/@id/@type/@graph containers and @nest; framing's @preserve is not supported.
/// </summary>
public sealed class Compactor(ContextProcessor contexts)
{
    public bool CompactArrays { get; init; } = true;

    /// <summary>Compacts an expanded document; <paramref name="context"/> is a context or a map with an @context entry.</summary>
    public JsonMap CompactDocument(JsonList expanded, object? context)
    {
        if (context is JsonMap withContext && withContext.TryGetValue("@context", out var inner))
        {
            context = inner;
        }

        var options = contexts.Options;
        var active = contexts.Process(new ActiveContext(options.BaseIri, options.ProcessingMode), JsonText.Clone(context), options.BaseIri);
        var compacted = Compact(active, null, expanded);
        JsonMap result;
        if (compacted is JsonList list)
        {
            result = new JsonMap();
            if (list.Count > 0)
            {
                result[CompactIri(active, "@graph", vocab: true)!] = list;
            }
        }
        else
        {
            result = compacted as JsonMap ?? new JsonMap();
        }

        if (context is not null && !(context is JsonMap { Count: 0 }) && !(context is JsonList { Count: 0 }))
        {
            var withCtx = new JsonMap { ["@context"] = JsonText.Clone(context) };
            foreach (var (k, v) in result)
            {
                withCtx[k] = v;
            }

            result = withCtx;
        }

        return result;
    }

    public object? Compact(ActiveContext active, string? activeProperty, object? element)
    {
        var typeScoped = active;
        if (element is JsonList array)
        {
            var items = new JsonList();
            foreach (var item in array)
            {
                var c = Compact(active, activeProperty, item);
                if (c is not null)
                {
                    items.Add(c);
                }
            }

            var def = active.Term(activeProperty);
            if (items.Count == 1 && CompactArrays && activeProperty is not ("@graph" or "@set")
                && !(def is not null && (def.HasContainer("@list") || def.HasContainer("@set"))))
            {
                return items[0];
            }

            return items;
        }

        if (element is not JsonMap map)
        {
            return element;
        }

        if (active.Previous is not null && !map.ContainsKey("@value") && !(map.Count == 1 && map.ContainsKey("@id")))
        {
            active = active.Previous;
        }

        var propertyDef = active.Term(activeProperty);
        if (propertyDef is { HasLocalContext: true })
        {
            active = contexts.Process(active, JsonText.Clone(propertyDef.LocalContext), propertyDef.BaseUrl, overrideProtected: true);
            propertyDef = active.Term(activeProperty);
        }

        if (map.ContainsKey("@value") || map.ContainsKey("@id"))
        {
            var value = CompactValue(active, activeProperty, map);
            if (value is not JsonMap and not JsonList || propertyDef?.TypeMapping == "@json")
            {
                return value;
            }
        }

        if (map.TryGetValue("@list", out var listItems) && propertyDef is not null && propertyDef.HasContainer("@list"))
        {
            return Compact(active, activeProperty, listItems);
        }

        var insideReverse = activeProperty == "@reverse";
        var result = new JsonMap();
        if (map.TryGetValue("@type", out var typeValue))
        {
            var compactedTypes = JsonList.Of(typeValue).OfType<string>().Select(t => CompactIri(typeScoped, t, vocab: true)!).Order(StringComparer.Ordinal).ToList();
            foreach (var term in compactedTypes)
            {
                if (typeScoped.Term(term) is { HasLocalContext: true } typeDef)
                {
                    active = contexts.Process(active, JsonText.Clone(typeDef.LocalContext), typeDef.BaseUrl, propagate: false);
                }
            }
        }

        foreach (var (expandedProperty, expandedValue) in map)
        {
            switch (expandedProperty)
            {
                case "@id":
                    result[Alias(active, "@id")] = CompactIri(active, (string?)expandedValue, vocab: false);
                    continue;
                case "@type":
                    object? types = expandedValue is string single
                        ? CompactIri(typeScoped, single, vocab: true)
                        : new JsonList(JsonList.Of(expandedValue).Select(t => (object?)CompactIri(typeScoped, (string?)t, vocab: true)));
                    if (types is JsonList { Count: 1 } one)
                    {
                        types = one[0];
                    }

                    var typeAlias = Alias(active, "@type");
                    var typeAsArray = (!active.Is10 && active.Term(typeAlias) is { } tad && tad.HasContainer("@set")) || !CompactArrays;
                    AddValue(result, typeAlias, types, typeAsArray);
                    continue;
                case "@reverse":
                    var compactedReverse = (JsonMap)Compact(active, "@reverse", expandedValue)!;
                    foreach (var property in compactedReverse.Keys.ToList())
                    {
                        if (active.Term(property) is { Reverse: true } reverseDef)
                        {
                            AddValue(result, property, compactedReverse[property], reverseDef.HasContainer("@set") || !CompactArrays);
                            compactedReverse.Remove(property);
                        }
                    }

                    if (compactedReverse.Count > 0)
                    {
                        result[Alias(active, "@reverse")] = compactedReverse;
                    }

                    continue;
                case "@preserve":
                    continue;
                case "@index" when propertyDef is not null && propertyDef.HasContainer("@index"):
                    continue;
                case "@direction" or "@index" or "@language" or "@value":
                    result[Alias(active, expandedProperty)] = expandedValue;
                    continue;
            }

            var values = JsonList.Of(expandedValue);
            if (values.Count == 0)
            {
                var itemProperty = CompactIri(active, expandedProperty, values, vocab: true, reverse: insideReverse)!;
                AddValue(NestTarget(active, result, itemProperty), itemProperty, new JsonList(), true);
            }

            foreach (var expandedItem in values)
            {
                CompactItem(active, expandedProperty, expandedItem, result, insideReverse);
            }
        }

        return result;
    }

    private void CompactItem(ActiveContext active, string expandedProperty, object? expandedItem, JsonMap result, bool insideReverse)
    {
        var itemProperty = CompactIri(active, expandedProperty, expandedItem, vocab: true, reverse: insideReverse)!;
        var nestResult = NestTarget(active, result, itemProperty);
        var def = active.Term(itemProperty);
        var container = def?.Container ?? TermDefinition.EmptyContainer;
        var asArray = container.Contains("@set") || itemProperty is "@graph" or "@list" || !CompactArrays;
        var itemMap = expandedItem as JsonMap;
        var isList = itemMap is not null && itemMap.ContainsKey("@list");
        var isGraph = IsGraphObject(itemMap);
        var toCompact = isList ? itemMap!["@list"] : isGraph ? itemMap!["@graph"] : expandedItem;
        var compacted = Compact(active, itemProperty, toCompact);

        if (isList)
        {
            compacted = JsonList.Of(compacted);
            if (!container.Contains("@list"))
            {
                var wrapped = new JsonMap { [Alias(active, "@list")] = compacted };
                if (itemMap!.TryGetValue("@index", out var index))
                {
                    wrapped[Alias(active, "@index")] = index;
                }

                AddValue(nestResult, itemProperty, wrapped, asArray);
            }
            else
            {
                nestResult[itemProperty] = compacted;
            }

            return;
        }

        if (isGraph)
        {
            var simpleGraph = !itemMap!.ContainsKey("@id");
            if (container.Contains("@graph") && container.Contains("@id"))
            {
                var mapObject = MapObject(nestResult, itemProperty);
                var key = itemMap.Get("@id") is string gid ? CompactIri(active, gid, vocab: false)! : Alias(active, "@none");
                AddValue(mapObject, key, compacted, asArray);
            }
            else if (container.Contains("@graph") && container.Contains("@index") && simpleGraph)
            {
                var mapObject = MapObject(nestResult, itemProperty);
                var key = itemMap.GetString("@index") ?? Alias(active, "@none");
                AddValue(mapObject, key, compacted, asArray);
            }
            else if (container.Contains("@graph") && simpleGraph)
            {
                if (compacted is JsonList { Count: > 1 })
                {
                    compacted = new JsonMap { [Alias(active, "@included")] = compacted };
                }

                AddValue(nestResult, itemProperty, compacted, asArray);
            }
            else
            {
                var wrapped = new JsonMap { [Alias(active, "@graph")] = JsonList.Of(compacted) };
                if (itemMap.Get("@id") is string gid)
                {
                    wrapped[Alias(active, "@id")] = CompactIri(active, gid, vocab: false);
                }

                if (itemMap.TryGetValue("@index", out var gindex))
                {
                    wrapped[Alias(active, "@index")] = gindex;
                }

                AddValue(nestResult, itemProperty, wrapped, asArray);
            }

            return;
        }

        if (!container.Contains("@graph") && (container.Contains("@language") || container.Contains("@index") || container.Contains("@id") || container.Contains("@type")))
        {
            var mapObject = MapObject(nestResult, itemProperty);
            var containerKeyword = container.Contains("@language") ? "@language" : container.Contains("@index") ? "@index" : container.Contains("@id") ? "@id" : "@type";
            var containerKey = Alias(active, containerKeyword);
            var indexKey = def?.Index ?? "@index";
            string? mapKey = null;
            if (containerKeyword == "@language" && itemMap is not null && itemMap.ContainsKey("@value"))
            {
                compacted = itemMap["@value"];
                mapKey = itemMap.GetString("@language");
            }
            else if (containerKeyword == "@index" && indexKey == "@index")
            {
                mapKey = itemMap?.GetString("@index");
            }
            else if (containerKeyword == "@index" && compacted is JsonMap indexed)
            {
                var propertyKey = CompactIri(active, indexKey, vocab: true)!;
                if (indexed.TryGetValue(propertyKey, out var keys))
                {
                    var rest = JsonList.Of(keys);
                    var first = rest.FirstOrDefault(k => k is string);
                    if (first is string s)
                    {
                        mapKey = s;
                        rest = new JsonList(rest);
                        rest.Remove(first);
                        if (rest.Count == 0)
                        {
                            indexed.Remove(propertyKey);
                        }
                        else
                        {
                            indexed[propertyKey] = rest.Count == 1 ? rest[0] : rest;
                        }
                    }
                }
            }
            else if (containerKeyword == "@id" && compacted is JsonMap withId)
            {
                mapKey = withId.GetString(containerKey);
                withId.Remove(containerKey);
            }
            else if (containerKeyword == "@type" && compacted is JsonMap withType && withType.ContainsKey(containerKey))
            {
                var types = JsonList.Of(withType.Get(containerKey));
                if (types.Count > 0 && types[0] is string firstType)
                {
                    mapKey = firstType;
                    types = new JsonList(types.Skip(1));
                }

                if (types.Count == 0)
                {
                    withType.Remove(containerKey);
                }
                else
                {
                    withType[containerKey] = types.Count == 1 ? types[0] : types;
                }

                if (withType.Count == 1 && withType.ContainsKey(Alias(active, "@id")) && itemMap?.Get("@id") is string typedId)
                {
                    compacted = Compact(active, itemProperty, new JsonMap { ["@id"] = typedId });
                }
            }

            AddValue(mapObject, mapKey ?? Alias(active, "@none"), compacted, asArray);
            return;
        }

        if (def?.TypeMapping == "@json")
        {
            AddWhole(nestResult, itemProperty, compacted, asArray);
            return;
        }

        AddValue(nestResult, itemProperty, compacted, asArray);
    }

    /// <summary>Adds one value without spreading it, for @json values that are themselves arrays.</summary>
    private static void AddWhole(JsonMap target, string key, object? value, bool asArray)
    {
        if (!target.TryGetValue(key, out var existing))
        {
            target[key] = asArray ? new JsonList { value } : value;
        }
        else if (existing is JsonList list && asArray)
        {
            list.Add(value);
        }
        else
        {
            target[key] = new JsonList { existing, value };
        }
    }

    private static bool IsGraphObject(JsonMap? map) =>
        map is not null && map.ContainsKey("@graph") && map.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");

    private static JsonMap MapObject(JsonMap target, string property)
    {
        if (target.Get(property) is not JsonMap mapObject)
        {
            mapObject = new JsonMap();
            target[property] = mapObject;
        }

        return mapObject;
    }

    private JsonMap NestTarget(ActiveContext active, JsonMap result, string itemProperty)
    {
        if (active.Term(itemProperty)?.Nest is not { } nestTerm)
        {
            return result;
        }

        if (nestTerm != "@nest" && contexts.ExpandIri(active, nestTerm, vocab: true) != "@nest")
        {
            throw new JsonLdException("invalid @nest value", $"the @nest of '{itemProperty}' must be a term that expands to @nest");
        }

        return MapObject(result, nestTerm);
    }

    /// <summary>The JSON-LD "add value" helper: arrays are merged, a second value turns an entry into an array.</summary>
    private static void AddValue(JsonMap target, string key, object? value, bool asArray)
    {
        if (asArray && !target.ContainsKey(key))
        {
            target[key] = new JsonList();
        }

        if (value is JsonList items)
        {
            if (items.Count == 0 && !target.ContainsKey(key))
            {
                target[key] = new JsonList();
            }

            foreach (var item in items)
            {
                AddValue(target, key, item, asArray);
            }

            return;
        }

        if (!target.TryGetValue(key, out var existing))
        {
            target[key] = value;
        }
        else if (existing is JsonList list)
        {
            list.Add(value);
        }
        else
        {
            target[key] = new JsonList { existing, value };
        }
    }

    private string Alias(ActiveContext active, string keyword) => CompactIri(active, keyword, vocab: true)!;

    /// <summary>Value Compaction (§6.3).</summary>
    private object? CompactValue(ActiveContext active, string? activeProperty, JsonMap value)
    {
        var def = active.Term(activeProperty);
        var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
        var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
        var typeMapping = def?.TypeMapping;
        var container = def?.Container ?? TermDefinition.EmptyContainer;
        var indexDropped = value.ContainsKey("@index") && container.Contains("@index");
        var significant = value.Count - (indexDropped ? 1 : 0);
        var noIndex = !value.ContainsKey("@index") || indexDropped;

        object? result = value;
        if (value.Get("@id") is string id && significant == 1)
        {
            if (typeMapping == "@id")
            {
                result = CompactIri(active, id, vocab: false);
            }
            else if (typeMapping == "@vocab")
            {
                result = CompactIri(active, id, vocab: true);
            }
        }
        else if (value.ContainsKey("@value"))
        {
            var type = value.GetString("@type");
            if (type is not null && type == typeMapping && noIndex && significant == 2)
            {
                result = value["@value"];
            }
            else if (typeMapping == "@none" || (type is not null && type != typeMapping))
            {
                result = value;
            }
            else if (value["@value"] is not string)
            {
                if (noIndex && significant == 1)
                {
                    result = value["@value"];
                }
            }
            else if (type is null
                && string.Equals(value.GetString("@language"), language, StringComparison.OrdinalIgnoreCase)
                && value.GetString("@direction") == direction
                && noIndex)
            {
                result = value["@value"];
            }
        }

        if (result is JsonMap resultMap)
        {
            var aliased = new JsonMap();
            foreach (var (k, v) in resultMap)
            {
                if (k == "@index" && indexDropped)
                {
                    continue;
                }

                aliased[Alias(active, k)] = k == "@type" && v is string t ? CompactIri(active, t, vocab: true) : v;
            }

            return aliased;
        }

        return result;
    }

    /// <summary>IRI Compaction (§4.5.2).</summary>
    public string? CompactIri(ActiveContext active, string? iri, object? value = null, bool vocab = false, bool reverse = false)
    {
        if (iri is null)
        {
            return null;
        }

        var inverse = active.Inverse;
        if (vocab && inverse.Contains(iri))
        {
            var term = SelectTerm(active, inverse, iri, value, reverse);
            if (term is not null)
            {
                return term;
            }
        }

        if (vocab && active.Vocab is { } vocabIri && iri.StartsWith(vocabIri, StringComparison.Ordinal) && iri.Length > vocabIri.Length)
        {
            var suffix = iri[vocabIri.Length..];

            // A suffix with a colon would read back as a compact or absolute IRI, one like "@foo" as a keyword: keep those long.
            if (!active.Terms.ContainsKey(suffix) && !suffix.Contains(':', StringComparison.Ordinal) && !JsonLdKeywords.HasKeywordForm(suffix))
            {
                return suffix;
            }
        }

        string? compactIri = null;
        foreach (var (term, def) in active.Terms)
        {
            if (def.Iri is null || def.Iri == iri || !def.Prefix || !iri.StartsWith(def.Iri, StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = term + ":" + iri[def.Iri.Length..];
            var better = compactIri is null || candidate.Length < compactIri.Length
                || (candidate.Length == compactIri.Length && string.CompareOrdinal(candidate, compactIri) < 0);
            if (better && (!active.Terms.TryGetValue(candidate, out var clash) || (clash.Iri == iri && value is null)))
            {
                compactIri = candidate;
            }
        }

        if (compactIri is not null)
        {
            return compactIri;
        }

        var schemeLength = IriSyntax.SchemeLength(iri);
        if (schemeLength > 0 && active.Term(iri[..schemeLength]) is { Prefix: true } && !iri.AsSpan(schemeLength + 1).StartsWith("//"))
        {
            throw new JsonLdException("IRI confused with prefix", $"<{iri}> would be read back as a compact IRI with prefix '{iri[..schemeLength]}'");
        }

        if (!vocab && active.BaseIri is not null)
        {
            return IriRelativizer.Relativize(active.BaseIri, iri);
        }

        return iri;
    }

    private string? SelectTerm(ActiveContext active, InverseContext inverse, string iri, object? value, bool reverse)
    {
        var defaultLanguage = active.DefaultDirection is not null
            ? (active.DefaultLanguage + "_" + active.DefaultDirection).ToLowerInvariant()
            : active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var map = value as JsonMap;
        var containers = new List<string>();
        var typeLanguage = "@language";
        var typeLanguageValue = "@null";
        if (map is not null && map.ContainsKey("@index") && !IsGraphObject(map))
        {
            containers.Add("@index");
            containers.Add("@index@set");
        }

        if (reverse)
        {
            typeLanguage = "@type";
            typeLanguageValue = "@reverse";
            containers.Add("@set");
        }
        else if (map is not null && map.TryGetValue("@list", out var listValue))
        {
            if (!map.ContainsKey("@index"))
            {
                containers.Add("@list");
            }

            var list = JsonList.Of(listValue);
            string? commonType = null;
            string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
            foreach (var item in list)
            {
                var itemLanguage = "@none";
                var itemType = "@none";
                if (item is JsonMap im && im.ContainsKey("@value"))
                {
                    if (im.GetString("@direction") is { } dir)
                    {
                        itemLanguage = ((im.GetString("@language") ?? string.Empty) + "_" + dir).ToLowerInvariant();
                    }
                    else if (im.GetString("@language") is { } lang)
                    {
                        itemLanguage = lang.ToLowerInvariant();
                    }
                    else if (im.GetString("@type") is { } type)
                    {
                        itemType = type;
                    }
                    else
                    {
                        itemLanguage = "@null";
                    }
                }
                else
                {
                    itemType = "@id";
                }

                if (commonLanguage is null)
                {
                    commonLanguage = itemLanguage;
                }
                else if (itemLanguage != commonLanguage && item is JsonMap vm && vm.ContainsKey("@value"))
                {
                    commonLanguage = "@none";
                }

                if (commonType is null)
                {
                    commonType = itemType;
                }
                else if (itemType != commonType)
                {
                    commonType = "@none";
                }

                if (commonLanguage == "@none" && commonType == "@none")
                {
                    break;
                }
            }

            commonLanguage ??= "@none";
            commonType ??= "@none";
            if (commonType != "@none")
            {
                typeLanguage = "@type";
                typeLanguageValue = commonType;
            }
            else
            {
                typeLanguageValue = commonLanguage;
            }
        }
        else if (IsGraphObject(map))
        {
            if (map!.ContainsKey("@index"))
            {
                containers.AddRange(["@graph@index", "@graph@index@set"]);
            }

            if (map.ContainsKey("@id"))
            {
                containers.AddRange(["@graph@id", "@graph@id@set"]);
            }

            containers.AddRange(["@graph", "@graph@set", "@set"]);
            if (!map.ContainsKey("@index"))
            {
                containers.AddRange(["@graph@index", "@graph@index@set"]);
            }

            if (!map.ContainsKey("@id"))
            {
                containers.AddRange(["@graph@id", "@graph@id@set"]);
            }

            containers.AddRange(["@index", "@index@set"]);
            typeLanguage = "@type";
            typeLanguageValue = "@id";
        }
        else
        {
            if (map is not null && map.ContainsKey("@value"))
            {
                if (map.GetString("@direction") is { } dir && !map.ContainsKey("@index"))
                {
                    typeLanguageValue = ((map.GetString("@language") ?? string.Empty) + "_" + dir).ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (map.GetString("@language") is { } lang && !map.ContainsKey("@index"))
                {
                    typeLanguageValue = lang.ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (map.GetString("@type") is { } type)
                {
                    typeLanguage = "@type";
                    typeLanguageValue = type;
                }
            }
            else
            {
                typeLanguage = "@type";
                typeLanguageValue = "@id";
                containers.AddRange(["@id", "@id@set", "@type", "@set@type"]);
            }

            containers.Add("@set");
        }

        containers.Add("@none");
        if (!active.Is10 && (map is null || !map.ContainsKey("@index")))
        {
            containers.AddRange(["@index", "@index@set"]);
        }

        if (!active.Is10 && map is not null && map.Count == 1 && map.ContainsKey("@value"))
        {
            containers.AddRange(["@language", "@language@set"]);
        }

        var preferred = new List<string>();
        if (typeLanguageValue == "@reverse")
        {
            preferred.Add("@reverse");
        }

        if (typeLanguageValue is "@id" or "@reverse" && map?.Get("@id") is string id)
        {
            var compactedId = CompactIri(active, id, vocab: true);
            if (compactedId is not null && active.Term(compactedId)?.Iri == id)
            {
                preferred.AddRange(["@vocab", "@id", "@none"]);
            }
            else
            {
                preferred.AddRange(["@id", "@vocab", "@none"]);
            }
        }
        else
        {
            preferred.Add(typeLanguageValue);
            preferred.Add("@none");
            if (map is not null && map.TryGetValue("@list", out var l) && l is JsonList { Count: 0 })
            {
                typeLanguage = "@any";
            }
        }

        preferred.Add("@any");
        foreach (var p in preferred.ToList())
        {
            var underscore = p.IndexOf('_', StringComparison.Ordinal);
            if (underscore > 0)
            {
                preferred.Add(p[underscore..]);
            }
        }

        return inverse.SelectTerm(iri, containers, typeLanguage, preferred);
    }
}
