using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Writes a whole dataset as pretty Turtle or TriG from a <see cref="TurtleDatasetLayout"/>: one block per
/// subject with <c>;</c> and <c>,</c>, inlined blank nodes and lists, four spaces per level of indentation.
/// </summary>
internal sealed class TurtlePrettyEmitter
{
    /// <summary>
    /// Deeper chains of inlined blank nodes are cut here (the node keeps its label and gets its own block),
    /// so that a long chain of blank nodes cannot overflow the stack nor indent without end.
    /// </summary>
    private const int MaxInlineDepth = 32;
    private const int IndentWidth = 4;

    private readonly OutputBuffer _output;
    private readonly TurtleTermWriter _terms;
    private readonly TurtleDatasetLayout _layout;
    private readonly Queue<SubjectStatements> _deferred = new();
    private GraphStatements _graph = null!;

    public TurtlePrettyEmitter(OutputBuffer output, TurtleTermWriter terms, TurtleDatasetLayout layout)
    {
        _output = output;
        _terms = terms;
        _layout = layout;
    }

    /// <summary>Writes every graph: the default graph at the top level, named graphs as <c>name { ... }</c>.</summary>
    public void WriteAll()
    {
        var firstBlock = true;
        foreach (var graph in _layout.Graphs)
        {
            _graph = graph;
            if (graph.Name.IsDefaultGraph)
            {
                WriteGraphBody(0, ref firstBlock);
                continue;
            }

            if (!firstBlock)
            {
                _output.Append('\n');
            }

            firstBlock = false;
            _terms.WriteTerm(graph.Name);
            _output.Append(" {\n");
            var firstInBlock = true;
            WriteGraphBody(1, ref firstInBlock);
            _output.Append("}\n");
        }
    }

    private void WriteGraphBody(int level, ref bool first)
    {
        foreach (var statements in _graph.Subjects)
        {
            if (!_layout.IsInlinable(statements.Subject))
            {
                WriteBlock(statements, level, ref first);
            }
        }

        // Blank nodes cut from too deep a nesting, and whatever they in turn cut.
        while (_deferred.TryDequeue(out var statements))
        {
            WriteBlock(statements, level, ref first);
        }
    }

    private void WriteBlock(SubjectStatements statements, int level, ref bool first)
    {
        if (!first)
        {
            _output.Append('\n');
        }

        first = false;
        Indent(level);
        if (_layout.IsAnonymousRoot(statements.Subject))
        {
            WritePropertyList(statements, level, depth: 0);
        }
        else
        {
            _terms.WriteTerm(statements.Subject);
            _output.Append(' ');
            WritePredicateObjectList(statements, level + 1, depth: 0);
        }

        _output.Append(" .\n");
    }

    /// <summary>Predicates joined by <c> ;</c> and a new line at <paramref name="level"/>, objects by <c>, </c>.</summary>
    private void WritePredicateObjectList(SubjectStatements statements, int level, int depth)
    {
        var firstPredicate = true;
        foreach (var (predicate, objects) in statements.Predicates)
        {
            if (!firstPredicate)
            {
                _output.Append(" ;\n");
                Indent(level);
            }

            firstPredicate = false;
            _terms.WritePredicate(predicate);
            _output.Append(' ');
            for (var i = 0; i < objects.Count; i++)
            {
                if (i > 0)
                {
                    _output.Append(", ");
                }

                WriteObject(objects[i], level, depth);
            }
        }
    }

    private void WriteObject(Term obj, int level, int depth)
    {
        if (!_layout.IsInlinable(obj))
        {
            _terms.WriteObject(obj);
            return;
        }

        var statements = _graph.Find(obj);
        if (depth >= MaxInlineDepth)
        {
            _terms.WriteTerm(obj);
            if (statements is not null)
            {
                _deferred.Enqueue(statements);
            }

            return;
        }

        if (statements is null)
        {
            _output.Append("[]");
        }
        else if (_layout.IsListHead(obj, _graph))
        {
            WriteList(statements, level, depth + 1);
        }
        else
        {
            WritePropertyList(statements, level, depth + 1);
        }
    }

    /// <summary><c>[ p o ]</c> on one line when it holds one simple statement, otherwise one predicate per line.</summary>
    private void WritePropertyList(SubjectStatements statements, int level, int depth)
    {
        if (IsCompact(statements, 0))
        {
            _output.Append("[ ");
            WritePredicateObjectList(statements, level + 1, depth);
            _output.Append(" ]");
            return;
        }

        _output.Append("[\n");
        Indent(level + 1);
        WritePredicateObjectList(statements, level + 1, depth);
        _output.Append('\n');
        Indent(level);
        _output.Append(']');
    }

    /// <summary><c>( a b c )</c>, following rdf:rest through the cells the layout accepted.</summary>
    private void WriteList(SubjectStatements head, int level, int depth)
    {
        _output.Append('(');
        var cell = head;
        while (true)
        {
            _output.Append(' ');
            WriteObject(cell.First, level, depth);
            cell.IsListCellShape(out var rest);
            if (rest is not BlankNode next || _graph.Find(next) is not { } nextStatements)
            {
                break;
            }

            cell = nextStatements;
        }

        _output.Append(" )");
    }

    /// <summary>One statement whose object is a plain term or itself compact, nested at most three deep.</summary>
    private bool IsCompact(SubjectStatements statements, int nesting)
    {
        if (statements.StatementCount != 1 || nesting > 2)
        {
            return false;
        }

        var obj = statements.Predicates.First().Objects[0];
        if (!_layout.IsInlinable(obj))
        {
            return true;
        }

        return _graph.Find(obj) is not { } inner || (!_layout.IsListHead(obj, _graph) && IsCompact(inner, nesting + 1));
    }

    private void Indent(int level) => _output.AppendSpaces(level * IndentWidth);
}
