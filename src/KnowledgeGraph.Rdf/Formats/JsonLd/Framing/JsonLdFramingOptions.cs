namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>The framing options of the JSON-LD 1.1 Framing API this subset honours.</summary>
public sealed record JsonLdFramingOptions
{
    /// <summary>Expansion, compaction and the document loader (remote contexts in the frame load through it).</summary>
    public JsonLdOptions JsonLd { get; init; } = new();

    /// <summary>The flags a frame has when it does not set them (API defaults: <c>@once</c>, not explicit, defaults written).</summary>
    public FrameFlags Defaults { get; init; } = new(EmbedMode.Once, Explicit: false, OmitDefault: false, RequireAll: false);

    /// <summary>Drop the <c>@id</c> of a blank node that is referenced only once in the output (1.1 behaviour).</summary>
    public bool PruneBlankNodeIdentifiers { get; init; } = true;
}
