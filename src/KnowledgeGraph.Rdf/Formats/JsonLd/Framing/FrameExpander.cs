namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>
/// Expands a frame written in compact form against its context, keeping the framing keywords that plain
/// expansion would drop (JSON-LD 1.1 Framing §4.1, "frame expansion"). The subset: <c>@id</c> and <c>@type</c>
/// (an IRI, a list of them, the wildcard <c>{}</c> or match-none <c>[]</c>), <c>@embed</c>, <c>@explicit</c>,
/// <c>@omitDefault</c>, <c>@requireAll</c>, <c>@default</c>, <c>@reverse</c> (or reverse terms of the context),
/// and properties whose frame is a node frame, <c>{}</c> or <c>[]</c>. Value patterns, <c>@graph</c> frames and
/// scoped contexts are refused or ignored as documented on each branch.
/// </summary>
public sealed class FrameExpander(ContextProcessor contexts)
{
    /// <summary>The expanded form of <paramref name="frame"/> under <paramref name="active"/>.</summary>
    public JsonMap Expand(ActiveContext active, JsonMap frame)
    {
        var result = new JsonMap();
        foreach (var (key, value) in frame)
        {
            if (key == "@context")
            {
                continue;
            }

            var expanded = JsonLdKeywords.IsKeyword(key) ? key : contexts.ExpandIri(active, key, vocab: true);
            switch (expanded)
            {
                case null:
                    continue; // a key that maps to nothing is dropped, as expansion does
                case "@id":
                    result["@id"] = ExpandIds(active, value, "@id", vocab: false);
                    continue;
                case "@type":
                    result["@type"] = ExpandIds(active, value, "@type", vocab: true);
                    continue;
                case "@embed":
                    result["@embed"] = value switch
                    {
                        string s => Render(ParseEmbed(s)),
                        true => "@once",
                        false => "@never",
                        _ => throw new JsonLdException("invalid @embed value", $"@embed must be @always, @once or @never, found {JsonText.Canonical(value)}"),
                    };
                    continue;
                case "@explicit" or "@omitDefault" or "@requireAll":
                    result[expanded] = value as bool? ?? throw new JsonLdException("invalid frame", $"{expanded} must be true or false, found {JsonText.Canonical(value)}");
                    continue;
                case "@default":
                    result["@default"] = JsonText.Clone(value);
                    continue;
                case "@reverse":
                    if (value is not JsonMap reverse)
                    {
                        throw new JsonLdException("invalid @reverse value", "@reverse in a frame must be a map of properties to frames");
                    }

                    foreach (var (reverseKey, reverseFrame) in reverse)
                    {
                        var iri = contexts.ExpandIri(active, reverseKey, vocab: true)
                            ?? throw new JsonLdException("invalid frame", $"the reverse property '{reverseKey}' does not expand to an IRI");
                        ReverseOf(result)[iri] = ExpandSubframe(active, reverseFrame, reverseKey);
                    }

                    continue;
            }

            if (JsonLdKeywords.IsKeyword(expanded))
            {
                throw new JsonLdException("invalid frame", $"{expanded} is not supported in frames by this processor (supported: @id, @type, @embed, @explicit, @omitDefault, @requireAll, @default, @reverse)");
            }

            if (active.Term(key) is { Reverse: true })
            {
                ReverseOf(result)[expanded] = ExpandSubframe(active, value, key);
            }
            else
            {
                result[expanded] = ExpandSubframe(active, value, key);
            }
        }

        return result;
    }

    /// <summary>Reads an <c>@embed</c> keyword (<c>@last</c>, the 1.0 spelling, is read as <c>@once</c>).</summary>
    public static EmbedMode ParseEmbed(string value) => value switch
    {
        "@once" or "@last" => EmbedMode.Once,
        "@always" => EmbedMode.Always,
        "@never" => EmbedMode.Never,
        _ => throw new JsonLdException("invalid @embed value", $"@embed must be @always, @once or @never, found \"{value}\""),
    };

    private static string Render(EmbedMode mode) => mode switch
    {
        EmbedMode.Always => "@always",
        EmbedMode.Never => "@never",
        _ => "@once",
    };

    private static JsonMap ReverseOf(JsonMap result)
    {
        if (result.Get("@reverse") is not JsonMap reverse)
        {
            reverse = new JsonMap();
            result["@reverse"] = reverse;
        }

        return reverse;
    }

    /// <summary>A property's frame: a one-item list holding a node frame, or the empty list (match none).</summary>
    private JsonList ExpandSubframe(ActiveContext active, object? value, string property)
    {
        var items = JsonList.Of(value);
        if (items.Count == 0)
        {
            return [];
        }

        if (items[0] is not JsonMap map)
        {
            throw new JsonLdException("invalid frame", $"the frame of '{property}' must be a map (a node frame or {{}}) or [], found {JsonText.Canonical(items[0])}; value patterns are not supported");
        }

        if (map.ContainsKey("@value") || map.ContainsKey("@list") || map.ContainsKey("@language"))
        {
            throw new JsonLdException("invalid frame", $"the frame of '{property}' is a value or list pattern, which this processor does not support");
        }

        return [Expand(active, map)];
    }

    /// <summary><c>@id</c>/<c>@type</c> conditions: IRIs, the wildcard <c>{}</c> (kept as an empty map) or <c>[]</c>.</summary>
    private JsonList ExpandIds(ActiveContext active, object? value, string keyword, bool vocab)
    {
        var result = new JsonList();
        foreach (var item in JsonList.Of(value))
        {
            switch (item)
            {
                case string s:
                    result.Add(contexts.ExpandIri(active, s, documentRelative: !vocab, vocab: vocab)
                        ?? throw new JsonLdException($"invalid {keyword} value", $"'{s}' does not expand to an IRI"));
                    break;
                case JsonMap { Count: 0 }:
                    result.Add(new JsonMap());
                    break;
                case JsonMap withDefault when keyword == "@type" && withDefault.Count == 1 && withDefault.ContainsKey("@default"):
                    result.Add(new JsonMap { ["@default"] = ExpandIds(active, withDefault["@default"], keyword, vocab) });
                    break;
                default:
                    throw new JsonLdException($"invalid {keyword} value", $"a frame's {keyword} must be an IRI, a list of IRIs, {{}} or [], found {JsonText.Canonical(item)}");
            }
        }

        return result;
    }
}
