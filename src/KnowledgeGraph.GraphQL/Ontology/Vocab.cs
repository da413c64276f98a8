namespace KnowledgeGraph.GraphQL.Ontology;

/// <summary>IRIs the GraphQL layer reads from the ontology and the shapes.</summary>
internal static class Vocab
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Sh = "http://www.w3.org/ns/shacl#";
    public const string Schema = "http://schema.org/";
    public const string Kg = "https://w3id.org/newskg/ont#";

    public const string Type = Rdf + "type";
    public const string First = Rdf + "first";
    public const string Rest = Rdf + "rest";
    public const string Nil = Rdf + "nil";
    public const string LangString = Rdf + "langString";
    public const string Label = Rdfs + "label";
    public const string Comment = Rdfs + "comment";
    public const string SubClassOf = Rdfs + "subClassOf";
    public const string Domain = Rdfs + "domain";
    public const string Range = Rdfs + "range";
    public const string OwlClass = Owl + "Class";
    public const string ObjectProperty = Owl + "ObjectProperty";
    public const string DatatypeProperty = Owl + "DatatypeProperty";
    public const string FunctionalProperty = Owl + "FunctionalProperty";
    public const string UnionOf = Owl + "unionOf";
    public const string SkosConcept = Skos + "Concept";
    public const string PrefLabel = Skos + "prefLabel";
    public const string Notation = Skos + "notation";
    public const string ShPath = Sh + "path";
    public const string ShIn = Sh + "in";
    public const string GraphqlInverse = Kg + "graphqlInverse";
    public const string AlternateName = Schema + "alternateName";
}
