namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// A SELECT result: the variables of the head and the rows. The rows are a stream: when they come from
/// the evaluator they are computed as they are pulled and may be enumerable only once, so a consumer that
/// needs them twice calls <see cref="Materialize"/> first.
/// </summary>
public sealed class SolutionSequence : QueryResult
{
    public SolutionSequence(ResultVariables variables, IEnumerable<SolutionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(rows);
        Variables = variables;
        Rows = rows;
    }

    public ResultVariables Variables { get; }

    /// <summary>The solutions, in the order the query produced (or the file listed) them.</summary>
    public IEnumerable<SolutionRow> Rows { get; }

    /// <summary>A copy whose rows are held in a list, so they can be enumerated any number of times.</summary>
    public SolutionSequence Materialize() =>
        Rows is IReadOnlyList<SolutionRow> ? this : new SolutionSequence(Variables, Rows.ToList());
}
