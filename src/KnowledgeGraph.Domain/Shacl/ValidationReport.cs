using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>
/// The outcome of a validation: <see cref="Conforms"/> and the results, as an <c>sh:ValidationReport</c>
/// graph (<see cref="ToQuads"/>) or as text, one line per result (<see cref="ToText"/>).
/// </summary>
public sealed class ValidationReport
{
    private readonly Graph _shapesGraph;

    public ValidationReport(IReadOnlyList<ValidationResult> results, Graph shapesGraph)
    {
        Results = results ?? throw new ArgumentNullException(nameof(results));
        _shapesGraph = shapesGraph ?? throw new ArgumentNullException(nameof(shapesGraph));
    }

    /// <summary>True when there are no results at all (of any severity), as SHACL defines conformance.</summary>
    public bool Conforms => Results.Count == 0;

    public IReadOnlyList<ValidationResult> Results { get; }

    /// <summary>
    /// The report as RDF in the default graph: a blank <c>sh:ValidationReport</c> with one blank
    /// <c>sh:ValidationResult</c> per result; complex result paths are copied from the shapes graph.
    /// </summary>
    public IReadOnlyList<Quad> ToQuads()
    {
        var quads = new List<Quad>();
        var report = new BlankNode("report");
        quads.Add(new Quad(report, RdfVocabulary.Type, Sh.ValidationReport));
        quads.Add(new Quad(report, Sh.Conforms, new Literal(Conforms ? "true" : "false", Xsd.Boolean)));
        var index = 0;
        foreach (var result in Results)
        {
            var node = new BlankNode($"result{index}");
            quads.Add(new Quad(report, Sh.Result, node));
            quads.Add(new Quad(node, RdfVocabulary.Type, Sh.ValidationResult));
            quads.Add(new Quad(node, Sh.FocusNode, result.FocusNode));
            if (result.ResultPathNode is { } path)
            {
                quads.Add(new Quad(node, Sh.ResultPath, CopyFromShapes(path, $"result{index}path", quads)));
            }

            if (result.Value is { } value)
            {
                quads.Add(new Quad(node, Sh.Value, value));
            }

            quads.Add(new Quad(node, Sh.SourceShape, CopyFromShapes(result.SourceShape.Id, $"result{index}shape", quads)));
            quads.Add(new Quad(node, Sh.SourceConstraintComponent, result.SourceConstraintComponent));
            quads.Add(new Quad(node, Sh.ResultSeverity, result.Severity));
            foreach (var message in result.Messages)
            {
                quads.Add(new Quad(node, Sh.ResultMessage, message));
            }

            index++;
        }

        return quads;
    }

    /// <summary>
    /// One line per result, sorted, in the form
    /// <c>SEVERITY FOCUS PATH VALUE COMPONENT: MESSAGE</c> ("-" for an absent path or value), then a
    /// summary line. IRIs are shortened with <paramref name="prefixes"/> (name to namespace).
    /// </summary>
    public string ToText(IReadOnlyDictionary<string, string>? prefixes = null)
    {
        var names = new TermNames(prefixes ?? new Dictionary<string, string>());
        var lines = Results
            .Select(r => string.Join(
                ' ',
                LocalName(r.Severity),
                names.Format(r.FocusNode),
                r.ResultPath?.Format(names.Format) ?? "-",
                r.Value is null ? "-" : names.Format(r.Value),
                LocalName(r.SourceConstraintComponent) + ":",
                string.Join(" / ", r.Messages.Select(m => IriInText.Replace(m.LexicalForm, i => names.Format(new Iri(i.Groups[1].Value)))))))
            .Order(StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append(Conforms ? "Conforms: true\n" : $"Conforms: false ({Results.Count} result{(Results.Count == 1 ? string.Empty : "s")})\n");
        return text.ToString();
    }

    /// <summary>An IRI in N-Triples form inside a message, shortened like the other columns.</summary>
    private static readonly Regex IriInText = new("<([^<>\\s\"]+)>", RegexOptions.CultureInvariant);

    private static string LocalName(Iri iri) => iri.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal) ? iri.Value[Sh.Namespace.Length..] : iri.ToString();

    /// <summary>
    /// A shapes-graph node in the report: IRIs and literals as they are; a blank node (an anonymous
    /// property shape or a complex path) with its whole blank subtree copied under fresh labels.
    /// </summary>
    private Term CopyFromShapes(Term node, string label, List<Quad> quads)
    {
        if (node is not BlankNode)
        {
            return node;
        }

        var copies = new Dictionary<Term, BlankNode>();
        return Copy(node);

        BlankNode Copy(Term blank)
        {
            if (copies.TryGetValue(blank, out var existing))
            {
                return existing;
            }

            var copy = new BlankNode($"{label}{copies.Count}");
            copies[blank] = copy;
            foreach (var (predicate, obj) in _shapesGraph.Outgoing(blank).ToList())
            {
                quads.Add(new Quad(copy, predicate, obj is BlankNode ? Copy(obj) : obj));
            }

            return copy;
        }
    }
}
