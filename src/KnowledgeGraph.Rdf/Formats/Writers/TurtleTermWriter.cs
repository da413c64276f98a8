using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Spells single terms the Turtle way: prefixed names where the local part is a valid PN_LOCAL, IRIs
/// relative to the base where that resolves back to the same IRI, bare numbers and booleans where the
/// lexical form is exactly what the grammar reads back, long strings for multi-line text.
/// </summary>
internal sealed class TurtleTermWriter
{
    private readonly OutputBuffer _output;
    private readonly string? _baseIri;
    private readonly string? _baseWithoutFragment;
    private readonly string? _baseDirectory;
    private readonly string? _baseAuthorityRoot;

    // Longest namespace first, so that the most specific prefix wins.
    private readonly (string Prefix, string Namespace)[] _prefixesByLength;
    private readonly (string Prefix, string Namespace)[] _prefixesInOrder;

    // Made once: a method group passed on each literal would allocate a delegate per literal.
    private readonly Action<OutputBuffer, string> _writeDatatype;

    public TurtleTermWriter(OutputBuffer output, RdfWriterOptions options)
    {
        _output = output;
        _writeDatatype = (_, datatype) => WriteIri(datatype);
        var prefixes = new List<(string, string)>();
        foreach (var (prefix, ns) in options.Prefixes)
        {
            if (!TurtleNameGrammar.IsPrefixName(prefix))
            {
                throw new ArgumentException($"The prefix '{prefix}' (for <{ns}>) is not a valid Turtle PN_PREFIX.", nameof(options));
            }

            if (!IriSyntax.IsAbsolute(ns))
            {
                throw new ArgumentException($"The namespace <{ns}> of prefix '{prefix}' is not an absolute IRI.", nameof(options));
            }

            prefixes.Add((prefix, ns));
        }

        _prefixesInOrder = [.. prefixes];
        _prefixesByLength = [.. prefixes.OrderByDescending(p => p.Item2.Length)];

        if (options.BaseIri is { } baseIri)
        {
            if (IriSyntax.ValidateAbsolute(baseIri) is { } error)
            {
                throw new ArgumentException($"The base IRI <{baseIri}> is not an absolute IRI: {error}", nameof(options));
            }

            _baseIri = baseIri;
            var hash = baseIri.IndexOf('#', StringComparison.Ordinal);
            _baseWithoutFragment = hash >= 0 ? baseIri[..hash] : baseIri;
            // scheme "://" authority path: the directory and the authority root are the reference points.
            var schemeLength = IriSyntax.SchemeLength(_baseWithoutFragment);
            var afterScheme = _baseWithoutFragment.AsSpan(schemeLength + 1);
            if (schemeLength > 0 && afterScheme.StartsWith("//"))
            {
                var authorityEnd = afterScheme[2..].IndexOfAny("/?#");
                var rootLength = schemeLength + 1 + 2 + (authorityEnd < 0 ? afterScheme.Length - 2 : authorityEnd);
                _baseAuthorityRoot = _baseWithoutFragment[..rootLength];
                var pathAndQuery = _baseWithoutFragment.AsSpan(rootLength);
                var queryStart = pathAndQuery.IndexOf('?');
                var path = queryStart >= 0 ? pathAndQuery[..queryStart] : pathAndQuery;
                var slash = path.LastIndexOf('/');
                _baseDirectory = slash >= 0 ? _baseAuthorityRoot + path[..(slash + 1)].ToString() : _baseAuthorityRoot + "/";
            }
        }
    }

    /// <summary>
    /// Writes the <c>@prefix</c> lines, then <c>@base</c>, then a blank line when there were any. Prefixes
    /// come first so that their namespace IRIs are read without a base, exactly as given.
    /// </summary>
    public void WriteHeader()
    {
        foreach (var (prefix, ns) in _prefixesInOrder)
        {
            _output.Append("@prefix ");
            _output.Append(prefix);
            _output.Append(": ");
            NTriplesTermWriter.WriteIri(_output, ns);
            _output.Append(" .\n");
        }

        if (_baseIri is not null)
        {
            _output.Append("@base ");
            NTriplesTermWriter.WriteIri(_output, _baseIri);
            _output.Append(" .\n");
        }

        if (_baseIri is not null || _prefixesInOrder.Length > 0)
        {
            _output.Append('\n');
        }
    }

    /// <summary>
    /// False when a reader would change <paramref name="iri"/> while resolving it against the base: RFC 3986
    /// resolution removes dot segments (<c>/../</c>, <c>/./</c>) even from absolute IRIs, so such an IRI can
    /// only be written faithfully in a document without <c>@base</c>.
    /// </summary>
    public bool SurvivesBase(string iri) =>
        _baseIri is null || string.Equals(IriSyntax.Resolve(_baseIri, iri), iri, StringComparison.Ordinal);

    /// <summary>A subject, object or graph name that is not inlined.</summary>
    public void WriteTerm(Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(iri.Value);
                break;
            case BlankNode blank:
                NTriplesTermWriter.WriteBlankNode(_output, blank.Label);
                break;
            case Literal literal:
                WriteLiteral(literal);
                break;
            default:
                throw new ArgumentException("The default graph is not a term that can be written in a statement position.", nameof(term));
        }
    }

    /// <summary>An object that is not inlined: like <see cref="WriteTerm"/>, with rdf:nil as <c>()</c>.</summary>
    public void WriteObject(Term term)
    {
        if (term is Iri { Value: var value } && value == RdfVocabulary.Nil.Value)
        {
            _output.Append("()");
            return;
        }

        WriteTerm(term);
    }

    public void WritePredicate(Iri predicate)
    {
        if (predicate.Value == RdfVocabulary.Type.Value)
        {
            _output.Append('a');
            return;
        }

        WriteIri(predicate.Value);
    }

    public void WriteIri(string iri)
    {
        foreach (var (prefix, ns) in _prefixesByLength)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && TurtleNameGrammar.CanWriteLocal(iri.AsSpan(ns.Length)))
            {
                _output.Append(prefix);
                _output.Append(':');
                TurtleNameGrammar.WriteLocal(_output, iri.AsSpan(ns.Length));
                return;
            }
        }

        if (_baseIri is not null && RelativeReference(iri) is { } relative)
        {
            NTriplesTermWriter.WriteIri(_output, relative);
            return;
        }

        NTriplesTermWriter.WriteIri(_output, iri);
    }

    public void WriteLiteral(Literal literal)
    {
        var lexical = literal.LexicalForm;
        if (literal.Language is null)
        {
            var bare = literal.Datatype.Value switch
            {
                Xsd.IntegerIri => TurtleLiteralGrammar.IsInteger(lexical),
                Xsd.DecimalIri => TurtleLiteralGrammar.IsDecimal(lexical),
                Xsd.DoubleIri => TurtleLiteralGrammar.IsDouble(lexical),
                Xsd.BooleanIri => TurtleLiteralGrammar.IsBoolean(lexical),
                _ => false,
            };
            if (bare)
            {
                _output.Append(lexical);
                return;
            }
        }

        if (lexical.Contains('\n', StringComparison.Ordinal))
        {
            WriteLongString(lexical);
        }
        else
        {
            _output.Append('"');
            NTriplesTermWriter.WriteEscapedString(_output, lexical);
            _output.Append('"');
        }

        NTriplesTermWriter.WriteLiteralSuffix(_output, literal, _writeDatatype);
    }

    /// <summary>
    /// <c>"""..."""</c> with line feeds as they are. A quote stays bare only when another character that is
    /// not a quote follows it, so no run of three quotes and no quote before the closing delimiter can occur;
    /// backslashes, carriage returns and other control characters are escaped.
    /// </summary>
    private void WriteLongString(string value)
    {
        _output.Append("\"\"\"");
        var span = value.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            bool plain = c switch
            {
                '\n' => true,
                '"' => i + 1 < span.Length && span[i + 1] != '"',
                '\\' or '\u007F' => false,
                _ => c >= ' ',
            };
            if (plain)
            {
                continue;
            }

            _output.Append(span[start..i]);
            start = i + 1;
            NTriplesTermWriter.WriteEscape(_output, c);
        }

        _output.Append(span[start..]);
        _output.Append("\"\"\"");
    }

    /// <summary>
    /// A relative reference that resolves against the base back to exactly <paramref name="iri"/>, or null.
    /// Candidates are the fragment alone, the path below the base's directory and the path below its
    /// authority; each is checked by resolving it, so dot segments, colons in a first segment or an empty
    /// reference never produce a reference that reads back differently.
    /// </summary>
    private string? RelativeReference(string iri)
    {
        if (_baseWithoutFragment is not null && iri.StartsWith(_baseWithoutFragment, StringComparison.Ordinal))
        {
            var rest = iri[_baseWithoutFragment.Length..];
            if ((rest.Length == 0 || rest[0] == '#') && ResolvesTo(rest, iri))
            {
                return rest;
            }
        }

        if (_baseDirectory is not null && iri.StartsWith(_baseDirectory, StringComparison.Ordinal))
        {
            var rest = iri[_baseDirectory.Length..];
            if (rest.Length > 0 && ResolvesTo(rest, iri))
            {
                return rest;
            }
        }

        if (_baseAuthorityRoot is not null && iri.StartsWith(_baseAuthorityRoot, StringComparison.Ordinal))
        {
            var rest = iri[_baseAuthorityRoot.Length..];
            if (rest.StartsWith('/') && !rest.StartsWith("//", StringComparison.Ordinal) && ResolvesTo(rest, iri))
            {
                return rest;
            }
        }

        return null;
    }

    private bool ResolvesTo(string reference, string iri)
    {
        // A reference with a ':' before any '/', '?' or '#' would be read as a scheme.
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && reference.AsSpan(0, colon).IndexOfAny("/?#") < 0)
        {
            return false;
        }

        return string.Equals(IriSyntax.Resolve(_baseIri, reference), iri, StringComparison.Ordinal);
    }
}
