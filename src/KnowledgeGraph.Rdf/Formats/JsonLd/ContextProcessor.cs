using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The Context Processing, Create Term Definition and IRI Expansion algorithms of JSON-LD 1.1 API
/// (§4.1, §4.2, §5.2). Remote contexts come only from the options' <see cref="JsonLdDocumentLoader"/>.
/// </summary>
public sealed class ContextProcessor(JsonLdOptions options)
{
    private static readonly HashSet<string> TermDefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private static readonly HashSet<string> ContextOwnKeys = new(StringComparer.Ordinal)
    {
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    };

    public JsonLdOptions Options => options;

    /// <summary>The Context Processing algorithm (§4.1.2).</summary>
    public ActiveContext Process(
        ActiveContext active,
        object? localContext,
        string? baseUrl,
        IReadOnlyList<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        var remotes = remoteContexts ?? [];
        var result = active.Clone();
        if (localContext is JsonMap withPropagate && withPropagate.TryGetValue("@propagate", out var p))
        {
            propagate = p as bool? ?? throw new JsonLdException("invalid @propagate value", "@propagate must be true or false");
        }

        if (!propagate && result.Previous is null)
        {
            result.Previous = active;
        }

        foreach (var item in JsonList.Of(localContext))
        {
            switch (item)
            {
                case null:
                    if (!overrideProtected && result.HasProtectedTerms())
                    {
                        throw new JsonLdException("invalid context nullification", "a context with protected terms cannot be set to null");
                    }

                    var previous = result;
                    result = new ActiveContext(active.OriginalBaseIri, active.Mode) { OriginalBaseIri = active.OriginalBaseIri };
                    if (!propagate)
                    {
                        result.Previous = previous;
                    }

                    continue;
                case string reference:
                    result = ProcessRemote(result, reference, baseUrl, remotes, validateScopedContext);
                    continue;
                case JsonMap context:
                    result = ProcessMap(result, context, baseUrl, remotes, overrideProtected, validateScopedContext);
                    continue;
                default:
                    throw new JsonLdException("invalid local context", "a context must be an object, a string (an IRI) or null");
            }
        }

        return result;
    }

    private ActiveContext ProcessRemote(ActiveContext result, string reference, string? baseUrl, IReadOnlyList<string> remotes, bool validateScopedContext)
    {
        var url = IriSyntax.IsAbsolute(reference) ? reference : ResolveOrFail(baseUrl, reference, "loading document failed");
        if (!validateScopedContext && remotes.Contains(url))
        {
            return result;
        }

        if (remotes.Count >= options.MaxRemoteContexts)
        {
            throw new JsonLdException("context overflow", $"more than {options.MaxRemoteContexts} nested remote contexts (last <{url}>)");
        }

        var document = options.DocumentLoader.Load(url);
        if (document is not JsonMap map || !map.TryGetValue("@context", out var context))
        {
            throw new JsonLdException("invalid remote context", $"<{url}> has no top-level @context");
        }

        return Process(result, JsonText.Clone(context), url, [.. remotes, url], validateScopedContext: validateScopedContext);
    }

    private static string ResolveOrFail(string? baseUrl, string reference, string code)
    {
        if (baseUrl is null)
        {
            throw new JsonLdException(code, $"cannot resolve the relative IRI '{reference}' without a base IRI");
        }

        return IriSyntax.Resolve(baseUrl, reference);
    }

    private ActiveContext ProcessMap(ActiveContext result, JsonMap context, string? baseUrl, IReadOnlyList<string> remotes, bool overrideProtected, bool validateScopedContext)
    {
        if (context.TryGetValue("@version", out var version))
        {
            if (version is not 1.1)
            {
                throw new JsonLdException("invalid @version value", "@version must be the number 1.1");
            }

            if (result.Is10)
            {
                throw new JsonLdException("processing mode conflict", "@version 1.1 in json-ld-1.0 processing mode");
            }
        }

        if (context.TryGetValue("@import", out var import))
        {
            context = MergeImport(result, context, import, baseUrl);
        }

        if (context.TryGetValue("@base", out var baseValue) && remotes.Count == 0)
        {
            switch (baseValue)
            {
                case null:
                    result.BaseIri = null;
                    break;
                case string b when IriSyntax.IsAbsolute(b):
                    result.BaseIri = b;
                    break;
                case string b when result.BaseIri is not null:
                    result.BaseIri = IriSyntax.Resolve(result.BaseIri, b);
                    break;
                default:
                    throw new JsonLdException("invalid base IRI", "@base must be an absolute IRI, a relative one with a base in force, or null");
            }
        }

        if (context.TryGetValue("@vocab", out var vocab))
        {
            result.Vocab = vocab switch
            {
                null => null,
                string v when IsVocabValue(result, v) => ExpandIri(result, v, documentRelative: true, vocab: true),
                _ => throw new JsonLdException("invalid vocab mapping", "@vocab must be an IRI, a blank node identifier or null"),
            };
        }

        if (context.TryGetValue("@language", out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                string l => l,
                _ => throw new JsonLdException("invalid default language", "@language must be a string or null"),
            };
        }

        if (context.TryGetValue("@direction", out var direction))
        {
            RequireMode11(result, "@direction");
            result.DefaultDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException("invalid base direction", "@direction must be \"ltr\", \"rtl\" or null"),
            };
        }

        if (context.TryGetValue("@propagate", out var propagate))
        {
            RequireMode11(result, "@propagate");
            if (propagate is not bool)
            {
                throw new JsonLdException("invalid @propagate value", "@propagate must be true or false");
            }
        }

        var protectedDefault = false;
        if (context.TryGetValue("@protected", out var prot))
        {
            protectedDefault = prot as bool? ?? throw new JsonLdException("invalid @protected value", "@protected must be true or false");
        }

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var key in context.Keys)
        {
            if (!ContextOwnKeys.Contains(key))
            {
                CreateTermDefinition(result, context, key, defined, baseUrl, protectedDefault, overrideProtected, remotes, validateScopedContext);
            }
        }

        return result;
    }

    private static bool IsVocabValue(ActiveContext result, string v) =>
        !result.Is10 || IriSyntax.IsAbsolute(v) || v.StartsWith("_:", StringComparison.Ordinal);

    private static void RequireMode11(ActiveContext result, string keyword)
    {
        if (result.Is10)
        {
            throw new JsonLdException("invalid context entry", $"{keyword} needs json-ld-1.1 processing mode");
        }
    }

    private JsonMap MergeImport(ActiveContext result, JsonMap context, object? import, string? baseUrl)
    {
        RequireMode11(result, "@import");
        if (import is not string reference)
        {
            throw new JsonLdException("invalid @import value", "@import must be a string");
        }

        var url = IriSyntax.IsAbsolute(reference) ? reference : ResolveOrFail(baseUrl, reference, "invalid @import value");
        var document = options.DocumentLoader.Load(url);
        if (document is not JsonMap doc || doc.Get("@context") is not JsonMap imported)
        {
            throw new JsonLdException("invalid remote context", $"<{url}> has no top-level @context object to import");
        }

        if (imported.ContainsKey("@import"))
        {
            throw new JsonLdException("invalid context entry", $"the context imported from <{url}> has an @import of its own");
        }

        var merged = JsonText.CloneMap(imported);
        foreach (var (k, v) in context)
        {
            if (k != "@import")
            {
                merged[k] = v;
            }
        }

        return merged;
    }

    /// <summary>The Create Term Definition algorithm (§4.2.2).</summary>
    public void CreateTermDefinition(
        ActiveContext active,
        JsonMap local,
        string term,
        Dictionary<string, bool> defined,
        string? baseUrl = null,
        bool protectedDefault = false,
        bool overrideProtected = false,
        IReadOnlyList<string>? remoteContexts = null,
        bool validateScopedContext = true)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException("cyclic IRI mapping", $"the definition of '{term}' depends on itself");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException("invalid term definition", "the empty string cannot be a term");
        }

        defined[term] = false;
        var value = local.Get(term);
        if (term == "@type" && !active.Is10 && value is JsonMap typeMap && typeMap.Count > 0
            && typeMap.Keys.All(k => k is "@container" or "@protected")
            && (!typeMap.TryGetValue("@container", out var tc) || tc is "@set"))
        {
            // JSON-LD 1.1 lets @type be given @container: @set (and @protected) and nothing else.
        }
        else if (JsonLdKeywords.IsKeyword(term))
        {
            throw new JsonLdException("keyword redefinition", $"'{term}' is a keyword and cannot be redefined");
        }
        else if (JsonLdKeywords.HasKeywordForm(term))
        {
            return; // reserved for future keywords: ignored
        }

        var previous = active.Term(term);
        active.RemoveTerm(term);
        JsonMap map;
        var simpleTerm = false;
        switch (value)
        {
            case null:
                map = new JsonMap { ["@id"] = null };
                break;
            case string s:
                map = new JsonMap { ["@id"] = s };
                simpleTerm = true;
                break;
            case JsonMap m:
                map = m;
                break;
            default:
                throw new JsonLdException("invalid term definition", $"the definition of '{term}' must be a string, an object or null");
        }

        var def = new TermDefinition { Protected = protectedDefault };
        if (map.TryGetValue("@protected", out var prot))
        {
            if (active.Is10)
            {
                throw new JsonLdException("invalid term definition", "@protected needs json-ld-1.1 processing mode");
            }

            def = def with { Protected = prot as bool? ?? throw new JsonLdException("invalid @protected value", $"@protected of '{term}' must be true or false") };
        }

        if (map.TryGetValue("@type", out var typeValue))
        {
            if (typeValue is not string type)
            {
                throw new JsonLdException("invalid type mapping", $"@type of '{term}' must be a string");
            }

            type = ExpandIri(active, type, vocab: true, local: local, defined: defined)!;
            if ((type is "@json" or "@none") && active.Is10)
            {
                throw new JsonLdException("invalid type mapping", $"{type} needs json-ld-1.1 processing mode");
            }

            if (type is not ("@id" or "@vocab" or "@json" or "@none") && (type is null || !IriSyntax.IsAbsolute(type)))
            {
                throw new JsonLdException("invalid type mapping", $"@type of '{term}' must be @id, @vocab, @json, @none or an absolute IRI, found '{typeValue}'");
            }

            def = def with { TypeMapping = type };
        }

        if (map.TryGetValue("@reverse", out var reverseValue))
        {
            if (map.ContainsKey("@id") || map.ContainsKey("@nest"))
            {
                throw new JsonLdException("invalid reverse property", $"'{term}' has @reverse together with @id or @nest");
            }

            if (reverseValue is not string reverse)
            {
                throw new JsonLdException("invalid IRI mapping", $"@reverse of '{term}' must be a string");
            }

            if (JsonLdKeywords.HasKeywordForm(reverse))
            {
                return;
            }

            var iri = ExpandIri(active, reverse, vocab: true, local: local, defined: defined);
            if (iri is null || !iri.Contains(':', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid IRI mapping", $"@reverse of '{term}' does not expand to an IRI");
            }

            def = def with { Iri = iri, Reverse = true };
            if (map.TryGetValue("@container", out var rc))
            {
                if (rc is not (null or "@set" or "@index"))
                {
                    throw new JsonLdException("invalid reverse property", $"the container of reverse property '{term}' must be @set, @index or null");
                }

                def = def with { Container = ContainerSet(rc) };
            }

            FinishDefinition(active, term, def, previous, overrideProtected, defined);
            return;
        }

        if (map.TryGetValue("@id", out var idValue) && !(idValue is string same && same == term))
        {
            if (idValue is null)
            {
                def = def with { Iri = null };
            }
            else
            {
                if (idValue is not string id)
                {
                    throw new JsonLdException("invalid IRI mapping", $"@id of '{term}' must be a string");
                }

                if (!JsonLdKeywords.IsKeyword(id) && JsonLdKeywords.HasKeywordForm(id))
                {
                    return;
                }

                var iri = ExpandIri(active, id, vocab: true, local: local, defined: defined);
                if (iri is null || (!JsonLdKeywords.IsKeyword(iri) && !iri.Contains(':', StringComparison.Ordinal)))
                {
                    throw new JsonLdException("invalid IRI mapping", $"@id of '{term}' does not expand to an IRI, a blank node identifier or a keyword");
                }

                if (iri == "@context")
                {
                    throw new JsonLdException("invalid keyword alias", "@context cannot be aliased");
                }

                var colon = term.IndexOf(':', 1);
                if ((colon > 0 && colon < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
                {
                    defined[term] = true;
                    var expandedTerm = ExpandIri(active, term, vocab: true, local: local, defined: defined);
                    if (expandedTerm != iri)
                    {
                        throw new JsonLdException("invalid IRI mapping", $"the term '{term}' looks like an IRI but its @id is a different IRI");
                    }
                }

                var prefix = !term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                    && (JsonLdKeywords.EndsWithGenDelim(iri) || iri.StartsWith("_:", StringComparison.Ordinal));
                def = def with { Iri = iri, Prefix = prefix };
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];
            if (local.ContainsKey(prefix))
            {
                CreateTermDefinition(active, local, prefix, defined, baseUrl, protectedDefault, overrideProtected, remoteContexts, validateScopedContext);
            }

            def = active.Term(prefix) is { Iri: not null } prefixDef && !suffix.StartsWith("//", StringComparison.Ordinal)
                ? def with { Iri = prefixDef.Iri + suffix }
                : def with { Iri = term };
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            var iri = ExpandIri(active, term, vocab: true);
            if (iri is null || !IriSyntax.IsAbsolute(iri))
            {
                throw new JsonLdException("invalid IRI mapping", $"the relative IRI term '{term}' does not expand to an IRI");
            }

            def = def with { Iri = iri };
        }
        else if (term == "@type")
        {
            def = def with { Iri = "@type" };
        }
        else if (active.Vocab is not null)
        {
            def = def with { Iri = active.Vocab + term };
        }
        else
        {
            throw new JsonLdException("invalid IRI mapping", $"'{term}' has no @id and there is no @vocab to expand it with");
        }

        if (map.TryGetValue("@container", out var containerValue))
        {
            var container = ValidateContainer(active, containerValue, term);
            def = def with { Container = container };
            if (container.Contains("@type"))
            {
                if (def.TypeMapping is null)
                {
                    def = def with { TypeMapping = "@id" };
                }
                else if (def.TypeMapping is not ("@id" or "@vocab"))
                {
                    throw new JsonLdException("invalid type mapping", $"a @type container needs @type @id or @vocab ('{term}')");
                }
            }
        }

        if (map.TryGetValue("@index", out var indexValue))
        {
            if (active.Is10 || !def.Container.Contains("@index"))
            {
                throw new JsonLdException("invalid term definition", $"@index of '{term}' needs json-ld-1.1 and an @index container");
            }

            if (indexValue is not string index || JsonLdKeywords.HasKeywordForm(index)
                || ExpandIri(active, index, vocab: true) is not { } indexIri || !IriSyntax.IsAbsolute(indexIri))
            {
                throw new JsonLdException("invalid term definition", $"@index of '{term}' must be a string expanding to an IRI");
            }

            def = def with { Index = index };
        }

        if (map.TryGetValue("@context", out var scoped))
        {
            if (active.Is10)
            {
                throw new JsonLdException("invalid term definition", "scoped contexts need json-ld-1.1 processing mode");
            }

            try
            {
                Process(active, JsonText.Clone(scoped), baseUrl, remoteContexts, overrideProtected: true, validateScopedContext: false);
            }
            catch (JsonLdException e) when (e.Code != "loading remote context failed")
            {
                throw new JsonLdException("invalid scoped context", $"the scoped context of '{term}' is invalid: {e.Message}");
            }

            def = def with { HasLocalContext = true, LocalContext = scoped, BaseUrl = baseUrl };
        }

        if (map.TryGetValue("@language", out var languageValue) && !map.ContainsKey("@type"))
        {
            if (languageValue is not (null or string))
            {
                throw new JsonLdException("invalid language mapping", $"@language of '{term}' must be a string or null");
            }

            def = def with { HasLanguage = true, Language = (string?)languageValue };
        }

        if (map.TryGetValue("@direction", out var directionValue) && !map.ContainsKey("@type"))
        {
            if (active.Is10)
            {
                throw new JsonLdException("invalid term definition", "@direction needs json-ld-1.1 processing mode");
            }

            if (directionValue is not (null or "ltr" or "rtl"))
            {
                throw new JsonLdException("invalid base direction", $"@direction of '{term}' must be \"ltr\", \"rtl\" or null");
            }

            def = def with { HasDirection = true, Direction = (string?)directionValue };
        }

        if (map.TryGetValue("@nest", out var nestValue))
        {
            if (active.Is10)
            {
                throw new JsonLdException("invalid term definition", "@nest needs json-ld-1.1 processing mode");
            }

            if (nestValue is not string nest || (JsonLdKeywords.IsKeyword(nest) && nest != "@nest"))
            {
                throw new JsonLdException("invalid @nest value", $"@nest of '{term}' must be a term or @nest");
            }

            def = def with { Nest = nest };
        }

        if (map.TryGetValue("@prefix", out var prefixValue))
        {
            if (active.Is10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid term definition", $"@prefix is not allowed on '{term}'");
            }

            var isPrefix = prefixValue as bool? ?? throw new JsonLdException("invalid @prefix value", $"@prefix of '{term}' must be true or false");
            if (isPrefix && JsonLdKeywords.IsKeyword(def.Iri))
            {
                throw new JsonLdException("invalid term definition", $"the keyword alias '{term}' cannot be a prefix");
            }

            def = def with { Prefix = isPrefix };
        }

        foreach (var key in map.Keys)
        {
            if (!TermDefinitionKeys.Contains(key))
            {
                throw new JsonLdException("invalid term definition", $"'{key}' is not allowed in the definition of '{term}'");
            }
        }

        FinishDefinition(active, term, def, previous, overrideProtected, defined);
    }

    private static void FinishDefinition(ActiveContext active, string term, TermDefinition def, TermDefinition? previous, bool overrideProtected, Dictionary<string, bool> defined)
    {
        if (!overrideProtected && previous is { Protected: true })
        {
            if (!def.SameApartFromProtection(previous))
            {
                throw new JsonLdException("protected term redefinition", $"'{term}' is protected and cannot be redefined");
            }

            def = previous;
        }

        active.SetTerm(term, def);
        defined[term] = true;
    }

    private static IReadOnlySet<string> ContainerSet(object? value)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in JsonList.Of(value))
        {
            if (item is string s)
            {
                set.Add(s);
            }
        }

        return set;
    }

    private static IReadOnlySet<string> ValidateContainer(ActiveContext active, object? value, string term)
    {
        var error = new JsonLdException("invalid container mapping", $"the @container of '{term}' is not a valid container");
        if (active.Is10 && (value is not string || value is "@graph" or "@id" or "@type"))
        {
            throw error;
        }

        if (value is not (string or JsonList) || (value is JsonList l && l.Any(i => i is not string)))
        {
            throw error;
        }

        var set = ContainerSet(value);
        if (set.Count == 0 && value is JsonList { Count: > 0 })
        {
            throw error;
        }

        var valid = set.All(k => k is "@list" or "@set" or "@index" or "@language" or "@id" or "@type" or "@graph");
        if (!valid)
        {
            throw error;
        }

        if (set.Contains("@list"))
        {
            valid = set.Count == 1;
        }
        else if (set.Contains("@graph"))
        {
            valid = set.All(k => k is "@graph" or "@id" or "@index" or "@set") && !(set.Contains("@id") && set.Contains("@index"));
        }
        else
        {
            var withoutSet = set.Where(k => k != "@set").ToList();
            valid = withoutSet.Count <= 1;
        }

        return valid ? set : throw error;
    }

    /// <summary>The IRI Expansion algorithm (§5.2.2). Returns null when the value maps to nothing.</summary>
    public string? ExpandIri(
        ActiveContext active,
        string? value,
        bool documentRelative = false,
        bool vocab = false,
        JsonMap? local = null,
        Dictionary<string, bool>? defined = null)
    {
        if (value is null || JsonLdKeywords.IsKeyword(value))
        {
            return value;
        }

        if (JsonLdKeywords.HasKeywordForm(value))
        {
            return null;
        }

        if (local is not null && defined is not null && local.ContainsKey(value) && !(defined.TryGetValue(value, out var d) && d))
        {
            CreateTermDefinition(active, local, value, defined);
        }

        var term = active.Term(value);
        if (term is not null && JsonLdKeywords.IsKeyword(term.Iri))
        {
            return term.Iri;
        }

        if (vocab && active.Terms.ContainsKey(value))
        {
            return term!.Iri;
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (local is not null && defined is not null && local.ContainsKey(prefix) && !(defined.TryGetValue(prefix, out var pd) && pd))
            {
                CreateTermDefinition(active, local, prefix, defined);
            }

            if (active.Term(prefix) is { Iri: not null, Prefix: true } prefixDef)
            {
                return prefixDef.Iri + suffix;
            }

            if (IriSyntax.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && active.Vocab is not null)
        {
            return active.Vocab + value;
        }

        if (documentRelative)
        {
            return active.BaseIri is null ? value : IriSyntax.Resolve(active.BaseIri, value);
        }

        return value;
    }
}
