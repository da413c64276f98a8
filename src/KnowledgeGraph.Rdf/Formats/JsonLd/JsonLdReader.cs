using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// A JSON-LD 1.1 reader (toRdf). Unlike the line-based readers it reads the whole document before it
/// yields anything: JSON-LD's expansion needs the complete JSON tree (contexts may come last, and node
/// objects are merged across the document), so memory grows with the document. Remote contexts are
/// only taken from <see cref="JsonLdOptions.DocumentLoader"/>, which fetches nothing from the network.
/// Errors carry the JSON-LD error code as the start of their description (e.g. <c>invalid @id value: …</c>)
/// and, for JSON syntax errors, the line and column where the JSON reader stopped. Errors of the JSON-LD
/// algorithms (bad contexts, bad keyword values) are found on the parsed tree, which keeps no positions,
/// so they are reported at 1:1 with the code and the offending term or keyword in the description.
/// </summary>
public sealed class JsonLdReader : IQuadReader
{
    private readonly TextReader _input;
    private readonly RdfReaderOptions _options;
    private readonly JsonLdOptions _jsonLd;
    private readonly List<RdfParseException> _errors = [];
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private bool _read;

    public JsonLdReader(TextReader input, RdfReaderOptions? options = null, JsonLdOptions? jsonLdOptions = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
        _options = options ?? RdfReaderOptions.Default;
        _jsonLd = (jsonLdOptions ?? new JsonLdOptions()) with { BaseIri = jsonLdOptions?.BaseIri ?? _options.BaseIri };
        BaseIri = _jsonLd.BaseIri;
    }

    public IReadOnlyDictionary<string, string> Prefixes => _prefixes;

    public string? BaseIri { get; private set; }

    public long SkippedStatements { get; private set; }

    public IReadOnlyList<RdfParseException> Errors => _errors;

    public IEnumerable<Quad> ReadQuads()
    {
        if (_read)
        {
            throw new InvalidOperationException("A JsonLdReader can be enumerated once.");
        }

        _read = true;
        IReadOnlyList<Quad> quads;
        try
        {
            var document = JsonText.Parse(_input.ReadToEnd(), _options.SourceName);
            CollectPrefixes(document);
            var prefix = _options.PreserveBlankNodeLabels ? string.Empty : "j" + Guid.NewGuid().ToString("N")[..8] + "_";
            quads = JsonLdProcessor.ToRdf(document, _jsonLd, label => new BlankNode(prefix + label));
        }
        catch (JsonLdException e)
        {
            var error = new RdfParseException(e.Message, _options.SourceName, Math.Max(e.Line, 1), Math.Max(e.Column, 1), e);
            if (!_options.Lenient)
            {
                throw error;
            }

            if (_errors.Count < _options.MaxErrorsKept)
            {
                _errors.Add(error);
            }

            SkippedStatements++;
            quads = [];
        }

        return quads;
    }

    /// <summary>The prefixes of the top-level context, so that a converter can reuse them for Turtle output.</summary>
    private void CollectPrefixes(object? document)
    {
        if (document is not JsonMap map || !map.TryGetValue("@context", out var context))
        {
            return;
        }

        try
        {
            var active = new ContextProcessor(_jsonLd).Process(new ActiveContext(_jsonLd.BaseIri, _jsonLd.ProcessingMode), JsonText.Clone(context), _jsonLd.BaseIri);
            foreach (var (term, def) in active.Terms)
            {
                if (def is { Prefix: true, Iri: { } iri } && !JsonLdKeywords.IsKeyword(iri))
                {
                    _prefixes[term] = iri;
                }
            }

            BaseIri = active.BaseIri;
        }
        catch (JsonLdException)
        {
            // Expansion reports the same error with its code.
        }
    }

    public void Dispose() => _input.Dispose();
}
