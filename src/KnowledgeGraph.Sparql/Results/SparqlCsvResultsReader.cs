using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads "SPARQL 1.1 Query Results CSV and TSV Formats", CSV part (RFC 4180 fields, CRLF or LF line ends).
/// CSV is lossy by design, so this reader gives back only what the text can tell:
/// <list type="bullet">
/// <item>an unquoted empty field is unbound; a quoted empty field (<c>""</c>) is the empty simple literal
/// (our writer quotes empty strings so the two survive a round trip; other writers may not);</item>
/// <item><c>_:label</c> is a blank node with that label;</item>
/// <item>a field that is an absolute IRI (a scheme, a colon, and no character IRIs forbid) is an IRI;</item>
/// <item>anything else is a simple literal with the field as its lexical form: numbers, language tags and
/// datatypes are lost (<c>4</c> comes back as <c>"4"</c>, <c>"chat"@fr</c> as <c>"chat"</c>), and a literal
/// that spells an IRI comes back as the IRI.</item>
/// </list>
/// To compare a result with a CSV file, map the result through <see cref="CsvView"/> first: it gives
/// each term exactly as this reader would give it back. Rows are read into memory.
/// </summary>
public static class SparqlCsvResultsReader
{
    public static SolutionSequence Read(TextReader input, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parser = new CsvRecordParser(input, sourceName);
        var header = parser.ReadRecord() ?? throw new SparqlResultsParseException("empty input: expected a header line of variable names", sourceName, 1, 1);
        var names = new List<string>();
        foreach (var (text, _) in header)
        {
            var name = text.StartsWith('?') || text.StartsWith('$') ? text[1..] : text;
            if (name.Length == 0 && header.Count == 1)
            {
                break;
            }

            if (ResultVariables.Problem(name) is { } problem)
            {
                throw new SparqlResultsParseException(problem, sourceName, 1, 1);
            }

            if (names.Contains(name, StringComparer.Ordinal))
            {
                throw new SparqlResultsParseException($"the variable '{name}' appears twice in the header", sourceName, 1, 1);
            }

            names.Add(name);
        }

        var variables = new ResultVariables(names);
        var rows = new List<SolutionRow>();
        while (parser.ReadRecord() is { } record)
        {
            var values = new Term?[variables.Count];
            if (variables.Count == 0)
            {
                if (record.Count != 1 || record[0].Text.Length != 0)
                {
                    throw new SparqlResultsParseException("a row with values in a result without variables", sourceName, parser.RecordLine, 1);
                }
            }
            else if (record.Count != variables.Count)
            {
                throw new SparqlResultsParseException($"{record.Count} fields on a row of a {variables.Count}-variable result", sourceName, parser.RecordLine, 1);
            }
            else
            {
                for (var i = 0; i < record.Count; i++)
                {
                    values[i] = Interpret(record[i].Text, record[i].Quoted);
                }
            }

            rows.Add(new SolutionRow(variables, values));
        }

        return new SolutionSequence(variables, rows);
    }

    /// <summary>The term as a CSV round trip gives it back (null stays null, i.e. unbound).</summary>
    public static Term? CsvView(Term? term) => term switch
    {
        null => null,
        Literal { LexicalForm.Length: 0 } => new Literal(string.Empty),
        _ => Interpret(SparqlCsvResultsWriter.PlainValue(term), quoted: false),
    };

    /// <summary>A solution sequence's rows mapped through <see cref="CsvView"/>.</summary>
    public static SolutionSequence CsvView(SolutionSequence results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SolutionSequence(
            results.Variables,
            results.Rows.Select(r => new SolutionRow(r.Variables, Enumerable.Range(0, r.Count).Select(i => CsvView(r[i])).ToArray())));
    }

    private static Term? Interpret(string text, bool quoted)
    {
        if (text.Length == 0)
        {
            return quoted ? new Literal(string.Empty) : null;
        }

        if (text.StartsWith("_:", StringComparison.Ordinal) && text.Length > 2 && !text.Any(char.IsWhiteSpace))
        {
            return new BlankNode(text[2..]);
        }

        return LooksLikeAbsoluteIri(text) ? new Iri(text) : new Literal(text);
    }

    private static bool LooksLikeAbsoluteIri(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>RFC 4180 records: fields separated by commas, double-quoted fields with <c>""</c> for a quote.</summary>
    private sealed class CsvRecordParser(TextReader input, string? sourceName)
    {
        private readonly StringBuilder _field = new();
        private int _line = 1;

        /// <summary>The line on which the last record returned started.</summary>
        public int RecordLine { get; private set; }

        public List<(string Text, bool Quoted)>? ReadRecord()
        {
            if (input.Peek() < 0)
            {
                return null;
            }

            RecordLine = _line;
            var record = new List<(string, bool)>();
            while (true)
            {
                _field.Clear();
                var quoted = false;
                int c;
                if (input.Peek() == '"')
                {
                    quoted = true;
                    input.Read();
                    var startLine = _line;
                    while (true)
                    {
                        c = input.Read();
                        if (c < 0)
                        {
                            throw new SparqlResultsParseException("a quoted field is not closed", sourceName, startLine, 0);
                        }

                        if (c == '"')
                        {
                            if (input.Peek() == '"')
                            {
                                input.Read();
                                _field.Append('"');
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            _line++;
                        }

                        _field.Append((char)c);
                    }

                    c = input.Read();
                }
                else
                {
                    while ((c = input.Read()) >= 0 && c is not (',' or '\r' or '\n'))
                    {
                        if (c == '"')
                        {
                            throw new SparqlResultsParseException("a '\"' inside an unquoted field", sourceName, _line, 0);
                        }

                        _field.Append((char)c);
                    }
                }

                record.Add((_field.ToString(), quoted));
                switch (c)
                {
                    case ',':
                        continue;
                    case '\r':
                        if (input.Peek() == '\n')
                        {
                            input.Read();
                        }

                        _line++;
                        return record;
                    case '\n':
                        _line++;
                        return record;
                    case < 0:
                        return record;
                    default:
                        throw new SparqlResultsParseException($"unexpected '{(char)c}' after a quoted field: expected ',' or a line end", sourceName, _line, 0);
                }
            }
        }
    }
}
