using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Options;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// The mapping between this server's paths and stored instance IRIs: <c>{InstancePath}{rest}</c> on the server
/// names <c>{InstanceBase}{rest}</c> in the store (by default <c>/id/actor/taliban</c> names
/// <c>https://w3id.org/newskg/id/actor/taliban</c>). The stored IRIs never change; when the data is loaded with the
/// server's own address as its base, the two are simply the same IRI.
/// </summary>
public sealed class InstanceIris
{
    public InstanceIris(ServerOptions options)
    {
        Base = string.IsNullOrWhiteSpace(options.InstanceBase) ? "https://w3id.org/newskg/id/" : options.InstanceBase.Trim();
        var path = string.IsNullOrWhiteSpace(options.InstancePath) ? "/id/" : options.InstancePath.Trim();
        Path = "/" + path.Trim('/') + "/";
        if (Path == "//")
        {
            throw new InvalidOperationException("KnowledgeGraph:InstancePath cannot be the root; use a folder such as /id/.");
        }
    }

    /// <summary>The stored IRI prefix of instance data, e.g. <c>https://w3id.org/newskg/id/</c>.</summary>
    public string Base { get; }

    /// <summary>The local path prefix, with a leading and a trailing slash, e.g. <c>/id/</c>.</summary>
    public string Path { get; }

    /// <summary>The stored IRI a local path remainder (after <see cref="Path"/>) names; null when it cannot be an IRI.</summary>
    public Iri? FromLocal(string rest)
    {
        if (rest.Length == 0 || rest.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`'))
        {
            return null;
        }

        return new Iri(Base + rest);
    }

    /// <summary>The local path of a stored IRI under <see cref="Base"/>; null for any other IRI.</summary>
    public string? LocalPath(Iri iri) =>
        iri.Value.Length > Base.Length && iri.Value.StartsWith(Base, StringComparison.Ordinal) ? Path + iri.Value[Base.Length..] : null;

    /// <summary>Where a link to <paramref name="iri"/> should point: its local page when it is ours, else the IRI itself.</summary>
    public string Href(Iri iri) => LocalPath(iri) ?? iri.Value;

    public bool IsInstance(Iri iri) => LocalPath(iri) is not null;
}
