namespace KnowledgeGraph.Cli;

/// <summary>
/// Thrown by a command action when its arguments cannot be used (unknown format, missing file...).
/// <see cref="KgProgram"/> prints the message and exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
