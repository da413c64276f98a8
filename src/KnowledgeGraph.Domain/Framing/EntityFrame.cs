using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Framing;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Framing;

/// <summary>
/// The framed JSON-LD view of one entity: the entity with its facts (the nodes it links to embedded once, with
/// their labels), and the claims about it (claims whose frame has it as <c>kg:claimSubject</c>, under
/// <c>claimsAbout</c>, or as <c>kg:claimObject</c>, under <c>claimsNaming</c>), each with its stance, hedge,
/// modality, claimant, date and texts and every source embedded with its headline, date and outlet.
/// Compacted with our ontology context, referenced by IRI (<see cref="BuiltInContexts.OntologyContextIri"/>), so the
/// text reads back offline to the same triples.
/// </summary>
public static class EntityFrame
{
    /// <summary>The frame's local context: our context by IRI plus the two reverse terms for claims.</summary>
    public static JsonList Context() =>
    [
        BuiltInContexts.OntologyContextIri,
        new JsonMap
        {
            ["claimsAbout"] = new JsonMap { ["@reverse"] = "kg:claimSubject" },
            ["claimsNaming"] = new JsonMap { ["@reverse"] = "kg:claimObject" },
        },
    ];

    /// <summary>The frame document for <paramref name="entity"/>.</summary>
    public static JsonMap FrameFor(Iri entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new JsonMap
        {
            ["@context"] = Context(),
            ["@id"] = entity.Value,
            ["@embed"] = "@once",
            ["claimsAbout"] = ClaimFrame(),
            ["claimsNaming"] = ClaimFrame(),
        };
    }

    /// <summary>The entity framed from <paramref name="quads"/> (any graphs; they are merged), as indented JSON-LD text.</summary>
    public static string ToJsonLd(IEnumerable<Quad> quads, Iri entity) =>
        JsonText.ToIndentedString(Frame(quads, entity));

    /// <summary>The entity framed from <paramref name="quads"/>, as a JSON-LD object.</summary>
    public static JsonMap Frame(IEnumerable<Quad> quads, Iri entity)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(entity);
        return JsonLdFraming.Frame(EntityDescription.Select(quads, entity), FrameFor(entity));
    }

    /// <summary>A claim: everything on it, its claimant's label and type, its sources with date and outlet.</summary>
    private static JsonMap ClaimFrame() => new()
    {
        ["@type"] = "Claim",
        ["@embed"] = "@always",
        ["claimant"] = Labelled(),
        ["source"] = SourceFrame(),
        ["firstSource"] = SourceFrame(),
        ["claimSubject"] = new JsonMap { ["@embed"] = "@never" },
        ["stance"] = new JsonMap(),
        ["hedge"] = new JsonMap(),
        ["@omitDefault"] = false,
    };

    private static JsonMap SourceFrame() => new()
    {
        ["@embed"] = "@always",
        ["@explicit"] = true,
        ["@omitDefault"] = true,
        ["label"] = new JsonMap(),
        ["headline"] = new JsonMap(),
        ["datePublished"] = new JsonMap(),
        ["url"] = new JsonMap(),
        ["publisher"] = Labelled(),
        ["isBasedOn"] = new JsonMap { ["@embed"] = "@never" },
    };

    private static JsonMap Labelled() => new()
    {
        ["@embed"] = "@always",
        ["@explicit"] = true,
        ["@omitDefault"] = true,
        ["label"] = new JsonMap(),
    };
}
