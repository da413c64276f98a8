namespace KnowledgeGraph.Cli;

/// <summary>
/// Thrown by a command action when the work cannot be done for a reason the user can fix in the data
/// (e.g. named graphs converted to a triple format). <see cref="KgProgram"/> prints the message and
/// exits with <see cref="ExitCodes.Failure"/>.
/// </summary>
public sealed class CommandFailedException(string message) : Exception(message);
