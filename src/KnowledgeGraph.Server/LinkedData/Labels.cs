using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>Display names for IRIs: an English (or untagged, or any) rdfs:label when known, else the IRI's local name.</summary>
public sealed class Labels
{
    private readonly Dictionary<Iri, (int Rank, string Text)> _labels = [];

    public void Add(Iri iri, Literal label)
    {
        var rank = label.Language switch
        {
            "en" => 0,
            null => 1,
            _ when label.Language.StartsWith("en-", StringComparison.Ordinal) => 1,
            _ => 2,
        };
        if (!_labels.TryGetValue(iri, out var known) || rank < known.Rank)
        {
            _labels[iri] = (rank, label.LexicalForm);
        }
    }

    /// <summary>A name used only when no label is known (a claim's text for a claim).</summary>
    public void AddFallback(Iri iri, string text)
    {
        const int rank = 9;
        if (!_labels.ContainsKey(iri))
        {
            _labels[iri] = (rank, text.Length > 120 ? text[..117] + "..." : text);
        }
    }

    public bool Has(Iri iri) => _labels.ContainsKey(iri);

    public string Of(Term term) => term switch
    {
        Iri iri => _labels.TryGetValue(iri, out var l) ? l.Text : Html.LocalName(iri),
        Literal literal => literal.LexicalForm,
        BlankNode b => "_:" + b.Label,
        _ => term.ToString(),
    };
}
