using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>One source a claim was reported in: the document, its outlet and its publication date.</summary>
public sealed record ClaimSource(Iri Document, Iri? Outlet, string? Date);

/// <summary>A third party's judgement of a claim (an assessment's verdict and who gave it).</summary>
public sealed record ClaimAssessment(Iri Assessment, Iri? Assessor, Iri? Verdict);

/// <summary>A claim as a page shows it: who said what about which proposition, how, where and when.</summary>
public sealed record ClaimView(
    Iri Claim,
    Iri? Claimant,
    Iri? Stance,
    Iri? Hedge,
    Iri? Modality,
    Term? Subject,
    Iri? Predicate,
    Term? Object,
    string? Text,
    string? Date,
    IReadOnlyList<ClaimSource> Sources,
    IReadOnlyList<Iri> Contradicts,
    IReadOnlyList<ClaimAssessment> Assessments)
{
    /// <summary>The proposition (frame) the claim is about; claims with the same frame are compared side by side.</summary>
    public (Term? Subject, Iri? Predicate, Term? Object) Frame => (Subject, Predicate, Object);

    public string StanceName => Stance is null ? "unknown" : Html.LocalName(Stance);

    /// <summary>The claim's own date, else the earliest publication date of its sources.</summary>
    public string? EffectiveDate => Date ?? Sources.Select(s => s.Date).Where(d => d is not null).Order(StringComparer.Ordinal).FirstOrDefault();
}
