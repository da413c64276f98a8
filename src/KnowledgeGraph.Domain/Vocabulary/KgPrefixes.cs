namespace KnowledgeGraph.Domain.Vocabulary;

/// <summary>
/// The prefixes our own writers declare (exports, dumps, entity descriptions): the ontology's namespaces and the
/// vocabularies it builds on, as ontology/kg.ttl and the seed files name them, so every Turtle or TriG we write
/// reads the same way.
/// </summary>
public static class KgPrefixes
{
    public const string Ontology = "https://w3id.org/newskg/ont#";
    public const string Vocab = "https://w3id.org/newskg/vocab/";

    public static IReadOnlyDictionary<string, string> Common { get; } = new Dictionary<string, string>
    {
        ["kg"] = Ontology,
        ["kgv"] = Vocab,
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["owl"] = "http://www.w3.org/2002/07/owl#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["schema"] = "http://schema.org/",
        ["prov"] = "http://www.w3.org/ns/prov#",
        ["geo"] = "http://www.opengis.net/ont/geosparql#",
        ["time"] = "http://www.w3.org/2006/time#",
        ["oa"] = "http://www.w3.org/ns/oa#",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["wd"] = "http://www.wikidata.org/entity/",
    };

    /// <summary>A fresh, writable copy of <see cref="Common"/> (writers add the instance folders to it).</summary>
    public static Dictionary<string, string> Copy() => new(Common);
}
