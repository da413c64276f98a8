namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>The framing flags in force for one frame: its own entries, else the defaults of <see cref="JsonLdFramingOptions"/>.</summary>
public sealed record FrameFlags(EmbedMode Embed, bool Explicit, bool OmitDefault, bool RequireAll)
{
    /// <summary>The flags of <paramref name="frame"/> (an expanded frame), falling back to <paramref name="defaults"/>.</summary>
    public static FrameFlags Of(JsonMap frame, FrameFlags defaults) => new(
        frame.Get("@embed") is string embed ? FrameExpander.ParseEmbed(embed) : defaults.Embed,
        frame.Get("@explicit") as bool? ?? defaults.Explicit,
        frame.Get("@omitDefault") as bool? ?? defaults.OmitDefault,
        frame.Get("@requireAll") as bool? ?? defaults.RequireAll);

    /// <summary>The frame a property gets when its parent frame does not name it: the parent's flags, no conditions.</summary>
    public JsonMap ImplicitFrame() => new()
    {
        ["@embed"] = Embed switch { EmbedMode.Always => "@always", EmbedMode.Never => "@never", _ => "@once" },
        ["@explicit"] = Explicit,
        ["@omitDefault"] = OmitDefault,
        ["@requireAll"] = RequireAll,
    };
}
