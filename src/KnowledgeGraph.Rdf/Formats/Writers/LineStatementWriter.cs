using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>The one-statement-per-line core shared by <see cref="NTriplesWriter"/> and <see cref="NQuadsWriter"/>.</summary>
internal sealed class LineStatementWriter : IDisposable
{
    private readonly OutputBuffer _output;
    private readonly string _formatName;
    private bool _finished;

    public LineStatementWriter(TextWriter output, string formatName)
    {
        _output = new OutputBuffer(output);
        _formatName = formatName;
    }

    public void Write(in Quad quad, bool withGraph)
    {
        if (_finished)
        {
            throw new InvalidOperationException($"This {_formatName} writer is finished; no more quads can be written.");
        }

        StatementChecks.CheckTriple(quad, _formatName);
        NTriplesTermWriter.WriteTerm(_output, quad.Subject);
        _output.Append(' ');
        NTriplesTermWriter.WriteIri(_output, quad.Predicate.Value);
        _output.Append(' ');
        NTriplesTermWriter.WriteTerm(_output, quad.Obj);
        if (withGraph && !quad.InDefaultGraph)
        {
            StatementChecks.CheckGraphName(quad, _formatName);
            _output.Append(' ');
            NTriplesTermWriter.WriteTerm(_output, quad.Graph);
        }

        _output.Append(' ');
        _output.Append('.');
        _output.Append('\n');
    }

    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _output.Flush();
    }

    public void Dispose()
    {
        Finish();
        _output.Dispose();
    }
}
