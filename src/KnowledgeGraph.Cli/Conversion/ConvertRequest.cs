using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Conversion;

/// <summary>What <c>kg convert</c> was asked to do, once formats are decided.</summary>
/// <param name="InputPath">A file path or <c>-</c>.</param>
/// <param name="OutputPath">A file path, <c>-</c> or null for standard output.</param>
/// <param name="BaseIri">The base IRI for relative IRIs; null for the input file's own <c>file://</c> IRI.</param>
/// <param name="ExtraPrefixes">Prefixes for a Turtle/TriG output on top of (and overriding) those the input declares.</param>
/// <param name="StreamingLayout">Turtle/TriG output in the writers' streaming layout (constant memory) instead of pretty (whole graph in memory).</param>
public sealed record ConvertRequest(
    string InputPath,
    RdfFormat From,
    string? OutputPath,
    RdfFormat To,
    string? BaseIri,
    bool Lenient,
    IReadOnlyDictionary<string, string>? ExtraPrefixes = null,
    bool StreamingLayout = false);
