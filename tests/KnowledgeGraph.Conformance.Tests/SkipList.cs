namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// <c>skip-list.txt</c>: the test ids we knowingly fail, one per line as <c>id  # reason</c>.
/// Blank lines and lines starting with <c>#</c> are comments. A listed test that passes is reported.
/// </summary>
public sealed class SkipList
{
    public const string FileName = "skip-list.txt";

    private readonly Dictionary<string, string> _reasons;

    private SkipList(Dictionary<string, string> reasons) => _reasons = reasons;

    public IReadOnlyDictionary<string, string> Reasons => _reasons;

    /// <summary>The list copied beside the test assembly.</summary>
    public static SkipList Load() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, FileName)), FileName);

    public static SkipList Parse(IEnumerable<string> lines, string sourceName)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            var id = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? string.Empty : line[(hash + 2)..].Trim();
            if (id.Contains(' ', StringComparison.Ordinal) || !id.Contains('#', StringComparison.Ordinal) || reason.Length == 0)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected 'suite#name  # reason', found '{raw}'.");
            }

            if (!reasons.TryAdd(id, reason))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: {id} is listed twice.");
            }
        }

        return new SkipList(reasons);
    }

    public string? ReasonFor(string id) => _reasons.GetValueOrDefault(id);
}
