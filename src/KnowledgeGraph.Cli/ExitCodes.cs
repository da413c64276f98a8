namespace KnowledgeGraph.Cli;

/// <summary>The process exit codes every <c>kg</c> command uses.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but failed: bad input data (parse error), an I/O error, a failed check.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown option or format, missing argument or input file.</summary>
    public const int Usage = 2;
}
