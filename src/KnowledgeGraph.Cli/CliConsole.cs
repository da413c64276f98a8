namespace KnowledgeGraph.Cli;

/// <summary>
/// The three standard streams a command talks to. Commands take them from here, never from
/// <see cref="Console"/>, so that tests can run <c>kg</c> in-process with string readers and writers.
/// </summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);
