namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL results to a <see cref="TextWriter"/> as they come: <see cref="WriteHead"/>, then
/// <see cref="WriteRow"/> per solution (each row is written before the next is asked for, nothing else is
/// held), then <see cref="WriteEnd"/>; or <see cref="WriteBoolean"/> alone for ASK. The writer neither
/// flushes nor closes the output: the caller owns it.
/// </summary>
public abstract class SparqlResultsWriter
{
    private State _state;

    private protected SparqlResultsWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output = output;
    }

    private enum State
    {
        Start,
        Rows,
        Done,
    }

    public abstract SparqlResultsFormat Format { get; }

    protected TextWriter Output { get; }

    /// <summary>The variables of the result being written (set by <see cref="WriteHead"/>).</summary>
    protected ResultVariables Variables { get; private set; } = ResultVariables.Empty;

    /// <summary>Makes the writer for a format.</summary>
    public static SparqlResultsWriter Create(SparqlResultsFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format == SparqlResultsFormat.Json)
        {
            return new SparqlJsonResultsWriter(output);
        }

        if (format == SparqlResultsFormat.Xml)
        {
            return new SparqlXmlResultsWriter(output);
        }

        if (format == SparqlResultsFormat.Tsv)
        {
            return new SparqlTsvResultsWriter(output);
        }

        return format == SparqlResultsFormat.Csv
            ? new SparqlCsvResultsWriter(output)
            : throw new ArgumentException($"No SPARQL results writer for {format}.", nameof(format));
    }

    /// <summary>Writes a whole result: a solution sequence row by row as it is enumerated, or a boolean.</summary>
    /// <exception cref="ArgumentException">A graph result: that is written with an RDF writer.</exception>
    public void Write(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result)
        {
            case SolutionSequence solutions:
                WriteHead(solutions.Variables);
                foreach (var row in solutions.Rows)
                {
                    WriteRow(row);
                }

                WriteEnd();
                break;
            case BooleanResult boolean:
                WriteBoolean(boolean.Value);
                break;
            default:
                throw new ArgumentException($"{Format} holds solutions or a boolean; a {result.GetType().Name} is written with an RDF writer.", nameof(result));
        }
    }

    public void WriteHead(ResultVariables variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        Expect(State.Start, "WriteHead");
        Variables = variables;
        _state = State.Rows;
        WriteHeadCore(variables);
    }

    public void WriteRow(SolutionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Expect(State.Rows, "WriteRow");
        if (!ReferenceEquals(row.Variables, Variables) && !row.Variables.SequenceEqual(Variables, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The row's variables ({row.Variables}) are not the head's ({Variables}).", nameof(row));
        }

        WriteRowCore(row);
    }

    public void WriteEnd()
    {
        Expect(State.Rows, "WriteEnd");
        _state = State.Done;
        WriteEndCore();
    }

    public void WriteBoolean(bool value)
    {
        Expect(State.Start, "WriteBoolean");
        _state = State.Done;
        WriteBooleanCore(value);
    }

    private protected abstract void WriteHeadCore(ResultVariables variables);

    private protected abstract void WriteRowCore(SolutionRow row);

    private protected abstract void WriteEndCore();

    private protected abstract void WriteBooleanCore(bool value);

    private void Expect(State state, string call)
    {
        if (_state != state)
        {
            throw new InvalidOperationException($"{call} is not allowed here: the writer is in state {_state} (order: WriteHead, WriteRow*, WriteEnd; or WriteBoolean alone).");
        }
    }
}
