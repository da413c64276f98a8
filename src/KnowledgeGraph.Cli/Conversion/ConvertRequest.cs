using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Conversion;

/// <summary>What <c>kg convert</c> was asked to do, once formats are decided.</summary>
/// <param name="InputPath">A file path or <c>-</c>.</param>
/// <param name="OutputPath">A file path, <c>-</c> or null for standard output.</param>
/// <param name="BaseIri">The base IRI for relative IRIs; null for the input file's own <c>file://</c> IRI.</param>
public sealed record ConvertRequest(
    string InputPath,
    RdfFormat From,
    string? OutputPath,
    RdfFormat To,
    string? BaseIri,
    bool Lenient);
