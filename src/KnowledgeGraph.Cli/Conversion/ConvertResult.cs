using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Conversion;

/// <summary>What a conversion did: quads written, and in lenient mode the statements skipped with their first errors.</summary>
public sealed record ConvertResult(long QuadsWritten, long SkippedStatements, IReadOnlyList<RdfParseException> Errors);
