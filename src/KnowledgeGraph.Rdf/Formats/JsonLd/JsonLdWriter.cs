using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// A JSON-LD writer (fromRdf). JSON-LD groups statements by subject and folds lists, so it holds every
/// quad until <see cref="Finish"/>. Output is expanded JSON-LD by default; with a compaction context (or
/// prefixes in <see cref="RdfWriterOptions.Prefixes"/>, which become a context of prefix terms) it is
/// compacted against that context, which reads back to the same quads.
/// </summary>
public sealed class JsonLdWriter : IQuadWriter
{
    private readonly TextWriter _output;
    private readonly JsonLdOptions _jsonLd;
    private readonly object? _context;
    private readonly List<Quad> _quads = [];
    private bool _finished;

    /// <param name="output">Where the document goes.</param>
    /// <param name="options">Prefixes become the compaction context when <paramref name="context"/> is null.</param>
    /// <param name="jsonLdOptions">useNativeTypes, useRdfType, rdfDirection.</param>
    /// <param name="context">A context to compact against (a context value, or a map holding @context).</param>
    public JsonLdWriter(TextWriter output, RdfWriterOptions? options = null, JsonLdOptions? jsonLdOptions = null, object? context = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        options ??= RdfWriterOptions.Default;
        _jsonLd = (jsonLdOptions ?? new JsonLdOptions()) with { BaseIri = jsonLdOptions?.BaseIri ?? options.BaseIri };
        _context = context ?? ContextFromPrefixes(options);
    }

    /// <summary>A context with one prefix term per namespace (and @base when given), or null when there are none.</summary>
    public static JsonMap? ContextFromPrefixes(RdfWriterOptions options)
    {
        if (options.Prefixes.Count == 0 && options.BaseIri is null)
        {
            return null;
        }

        var context = new JsonMap();
        if (options.BaseIri is not null)
        {
            context["@base"] = options.BaseIri;
        }

        foreach (var (prefix, ns) in options.Prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (prefix.Length == 0)
            {
                context["@vocab"] = ns;
            }
            else if (!JsonLdKeywords.HasKeywordForm(prefix) && !prefix.Contains(':', StringComparison.Ordinal))
            {
                context[prefix] = JsonLdKeywords.EndsWithGenDelim(ns) ? ns : new JsonMap { ["@id"] = ns, ["@prefix"] = true };
            }
        }

        return context;
    }

    public void Write(in Quad quad)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The JSON-LD document is already finished.");
        }

        if (quad.Subject is Literal || quad.Graph is Literal)
        {
            throw new ArgumentException($"JSON-LD cannot write a literal as subject or graph name: {quad}", nameof(quad));
        }

        _quads.Add(quad);
    }

    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        var expanded = JsonLdProcessor.FromRdf(_quads, _jsonLd);
        object document = _context is null
            ? expanded
            : new Compactor(new ContextProcessor(_jsonLd)).CompactDocument(expanded, WithoutSchemePrefixes(_context));
        JsonText.WriteIndented(_output, document);
        _output.Write('\n');
        _output.Flush();
    }

    public void Dispose() => Finish();

    /// <summary>
    /// Drops prefix terms named like a scheme the data uses (a prefix "urn" with urn: IRIs in the data):
    /// such an IRI would read back as a compact IRI, which compaction refuses ("IRI confused with prefix").
    /// </summary>
    private object WithoutSchemePrefixes(object context)
    {
        if (context is not JsonMap map)
        {
            return context;
        }

        var schemes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in _quads)
        {
            AddScheme(schemes, q.Subject);
            AddScheme(schemes, q.Predicate);
            AddScheme(schemes, q.Obj);
            AddScheme(schemes, q.Graph);
            if (q.Obj is Literal literal)
            {
                AddScheme(schemes, literal.Datatype);
            }
        }

        if (!map.Keys.Any(schemes.Contains))
        {
            return context;
        }

        var kept = new JsonMap();
        foreach (var (term, value) in map)
        {
            if (!schemes.Contains(term))
            {
                kept[term] = value;
            }
        }

        return kept;
    }

    private static void AddScheme(HashSet<string> schemes, Term term)
    {
        if (term is Iri iri)
        {
            var length = Iris.IriSyntax.SchemeLength(iri.Value);
            if (length > 0 && !iri.Value.AsSpan(length + 1).StartsWith("//"))
            {
                schemes.Add(iri.Value[..length]);
            }
        }
    }
}
