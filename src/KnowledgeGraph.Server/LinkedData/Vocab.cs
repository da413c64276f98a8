namespace KnowledgeGraph.Server.LinkedData;

/// <summary>The IRIs the linked-data pages read (ontology, RDF, RDFS, schema.org, SKOS).</summary>
public static class Vocab
{
    public const string Kg = "https://w3id.org/newskg/ont#";
    public const string Kgv = "https://w3id.org/newskg/vocab/";
    public const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string RdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
    public const string RdfsComment = "http://www.w3.org/2000/01/rdf-schema#comment";
    public const string AlternateName = "http://schema.org/alternateName";
    public const string LegalName = "http://schema.org/legalName";
    public const string AltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
    public const string Publisher = "http://schema.org/publisher";
    public const string DatePublished = "http://schema.org/datePublished";
    public const string Headline = "http://schema.org/headline";

    public const string Claim = Kg + "Claim";
    public const string Claimant = Kg + "claimant";
    public const string Stance = Kg + "stance";
    public const string Hedge = Kg + "hedge";
    public const string Modality = Kg + "modality";
    public const string ClaimSubject = Kg + "claimSubject";
    public const string ClaimPredicate = Kg + "claimPredicate";
    public const string ClaimObject = Kg + "claimObject";
    public const string ClaimText = Kg + "claimText";
    public const string ClaimDate = Kg + "claimDate";
    public const string Source = Kg + "source";
    public const string Contradicts = Kg + "contradicts";
    public const string Assesses = Kg + "assesses";
    public const string Assessor = Kg + "assessor";
    public const string Verdict = Kg + "verdict";
    public const string Asserts = Kgv + "asserts";
    public const string Denies = Kgv + "denies";

    /// <summary>Classes whose instances get a timeline of their events (actors).</summary>
    public static readonly HashSet<string> ActorClasses =
    [
        Kg + "Actor", Kg + "Person", Kg + "Organization", Kg + "ArmedGroup", Kg + "GovernmentBody", Kg + "MediaOutlet",
    ];

    public const string Place = Kg + "Place";
}
