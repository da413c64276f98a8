namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A token: its kind and source span. <see cref="Value"/> holds the decoded text where the kind has one:
/// the IRI of an IRIREF (escapes processed), the prefix and local name of a prefixed name (split at
/// <see cref="PrefixLength"/>, local escapes removed), a variable or blank-node name, a string's value, a
/// language tag.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Value = null, int PrefixLength = 0);
