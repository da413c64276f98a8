using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// The engine behind <see cref="TurtleWriter"/> and <see cref="TriGWriter"/>: the header, then either the
/// pretty layout at <see cref="Finish"/> (everything buffered, duplicates dropped) or the streaming layout
/// as quads arrive (consecutive quads sharing graph and subject share the subject).
/// </summary>
internal sealed class TurtleDocumentWriter : IDisposable
{
    private const string Indentation = "    ";

    private readonly OutputBuffer _output;
    private readonly RdfWriterOptions _options;
    private readonly TurtleTermWriter _terms;
    private readonly bool _namedGraphs;
    private readonly bool _streaming;
    private readonly string _formatName;

    // Pretty mode: the dataset, in arrival order without duplicates.
    private readonly List<Quad> _quads = [];
    private readonly HashSet<Quad> _seen = [];

    // Streaming mode: what the statement being written shares with the next quad.
    private Term? _currentGraph;
    private Term? _currentSubject;
    private Iri? _currentPredicate;
    private bool _blockOpen;
    private bool _finished;

    public TurtleDocumentWriter(TextWriter output, RdfWriterOptions? options, TurtleWriterOptions? layout, bool namedGraphs, string formatName)
    {
        _output = new OutputBuffer(output);
        _options = options ?? RdfWriterOptions.Default;
        _namedGraphs = namedGraphs;
        _streaming = (layout ?? TurtleWriterOptions.Default).Streaming;
        _formatName = formatName;

        // Streaming cannot look ahead for IRIs that a base would change (see TurtleTermWriter.SurvivesBase),
        // so it writes no @base and every IRI in full or as a prefixed name.
        _terms = new TurtleTermWriter(_output, _streaming ? _options with { BaseIri = null } : _options);
        if (_streaming)
        {
            _terms.WriteHeader();
        }
    }

    public void Write(in Quad quad)
    {
        if (_finished)
        {
            throw new InvalidOperationException($"This {_formatName} writer is finished; no more quads can be written.");
        }

        StatementChecks.CheckTriple(quad, _formatName);
        if (!quad.InDefaultGraph)
        {
            if (!_namedGraphs)
            {
                throw StatementChecks.NamedGraphInTripleFormat(quad, _formatName, "TriG or N-Quads");
            }

            StatementChecks.CheckGraphName(quad, _formatName);
        }

        if (_streaming)
        {
            WriteStreaming(quad);
        }
        else if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }

    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (_streaming)
        {
            CloseStatement();
            CloseBlock();
        }
        else
        {
            var terms = AllSurviveBase() ? _terms : new TurtleTermWriter(_output, _options with { BaseIri = null });
            terms.WriteHeader();
            new TurtlePrettyEmitter(_output, terms, new TurtleDatasetLayout(_quads)).WriteAll();
            _quads.Clear();
            _seen.Clear();
        }

        _output.Flush();
    }

    public void Dispose()
    {
        Finish();
        _output.Dispose();
    }

    /// <summary>True when no IRI of the dataset would be changed by resolution against the base (if any).</summary>
    private bool AllSurviveBase()
    {
        if (_options.BaseIri is null)
        {
            return true;
        }

        var checkedIris = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quad in _quads)
        {
            if (!Survives(quad.Subject) || !Survives(quad.Predicate) || !Survives(quad.Obj) || !Survives(quad.Graph))
            {
                return false;
            }
        }

        return true;

        bool Survives(Term term)
        {
            var iri = term switch
            {
                Iri i => i.Value,
                Literal l => l.Datatype.Value,
                _ => null,
            };
            return iri is null || !checkedIris.Add(iri) || _terms.SurvivesBase(iri);
        }
    }

    private void WriteStreaming(in Quad quad)
    {
        if (_currentGraph is null || !_currentGraph.Equals(quad.Graph))
        {
            CloseStatement();
            CloseBlock();
            _currentGraph = quad.Graph;
            if (!quad.InDefaultGraph)
            {
                _terms.WriteTerm(quad.Graph);
                _output.Append(" {\n");
                _blockOpen = true;
            }
        }

        if (_currentSubject is not null && _currentSubject.Equals(quad.Subject))
        {
            if (_currentPredicate!.Equals(quad.Predicate))
            {
                _output.Append(", ");
            }
            else
            {
                _output.Append(" ;\n");
                IndentStatement(1);
                _terms.WritePredicate(quad.Predicate);
                _output.Append(' ');
                _currentPredicate = quad.Predicate;
            }
        }
        else
        {
            CloseStatement();
            IndentStatement(0);
            _terms.WriteTerm(quad.Subject);
            _output.Append(' ');
            _terms.WritePredicate(quad.Predicate);
            _output.Append(' ');
            _currentSubject = quad.Subject;
            _currentPredicate = quad.Predicate;
        }

        _terms.WriteObject(quad.Obj);
    }

    private void IndentStatement(int extra)
    {
        for (var i = (_blockOpen ? 1 : 0) + extra; i > 0; i--)
        {
            _output.Append(Indentation);
        }
    }

    private void CloseStatement()
    {
        if (_currentSubject is not null)
        {
            _output.Append(" .\n");
            _currentSubject = null;
            _currentPredicate = null;
        }
    }

    private void CloseBlock()
    {
        if (_blockOpen)
        {
            _output.Append("}\n");
            _blockOpen = false;
        }
    }
}
