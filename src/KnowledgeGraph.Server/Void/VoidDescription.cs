using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Server.Void;

/// <summary>The VoID description (https://www.w3.org/TR/void/) of this server's dataset as triples.</summary>
public static class VoidDescription
{
    public const string VoidNamespace = "http://rdfs.org/ns/void#";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Formats = "http://www.w3.org/ns/formats/";

    /// <summary>Prefixes for the Turtle and JSON-LD spellings.</summary>
    public static IReadOnlyDictionary<string, string> Prefixes { get; } = new Dictionary<string, string>
    {
        ["void"] = VoidNamespace,
        ["dcterms"] = DcTerms,
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["kg"] = "https://w3id.org/newskg/ont#",
        ["formats"] = Formats,
    };

    private static Iri V(string local) => new(VoidNamespace + local);

    /// <param name="statistics">The counts.</param>
    /// <param name="serverBase">This server's URL without a trailing slash (http://host:port), for the endpoint and dump links.</param>
    /// <param name="uriSpace">The prefix every instance IRI starts with.</param>
    public static IReadOnlyList<Quad> Build(VoidStatistics statistics, string serverBase, string uriSpace)
    {
        var dataset = new Iri(serverBase + VoidEndpoints.Path + "#dataset");
        var quads = new List<Quad>
        {
            new(dataset, RdfVocabulary.Type, V("Dataset")),
            new(dataset, new Iri(DcTerms + "title"), new Literal("News knowledge graph", "en")),
            new(dataset, new Iri(DcTerms + "description"), new Literal("Events, actors, places and the claims reported about them, with their sources.", "en")),
            new(dataset, V("sparqlEndpoint"), new Iri(serverBase + "/sparql")),
            new(dataset, V("dataDump"), new Iri(serverBase + "/dump.nq.gz")),
            new(dataset, V("dataDump"), new Iri(serverBase + "/dump.trig.gz")),
            new(dataset, V("feature"), new Iri(Formats + "N-Quads")),
            new(dataset, V("feature"), new Iri(Formats + "TriG")),
            new(dataset, V("uriSpace"), new Literal(uriSpace)),
            new(dataset, V("vocabulary"), new Iri("https://w3id.org/newskg/ont#")),
            new(dataset, V("triples"), Integer(statistics.Triples)),
            new(dataset, V("entities"), Integer(statistics.Entities)),
            new(dataset, V("distinctSubjects"), Integer(statistics.DistinctSubjects)),
            new(dataset, V("distinctObjects"), Integer(statistics.DistinctObjects)),
            new(dataset, V("properties"), Integer(statistics.Properties)),
            new(dataset, V("classes"), Integer(statistics.Classes.Count)),
        };
        foreach (var example in statistics.Examples)
        {
            quads.Add(new Quad(dataset, V("exampleResource"), example));
        }

        var n = 0;
        foreach (var c in statistics.Classes)
        {
            var partition = new BlankNode("class" + n++.ToString(CultureInfo.InvariantCulture));
            quads.Add(new Quad(dataset, V("classPartition"), partition));
            quads.Add(new Quad(partition, V("class"), c.Class));
            quads.Add(new Quad(partition, V("entities"), Integer(c.Entities)));
        }

        n = 0;
        foreach (var p in statistics.PropertyPartitions)
        {
            var partition = new BlankNode("property" + n++.ToString(CultureInfo.InvariantCulture));
            quads.Add(new Quad(dataset, V("propertyPartition"), partition));
            quads.Add(new Quad(partition, V("property"), p.Property));
            quads.Add(new Quad(partition, V("triples"), Integer(p.Triples)));
        }

        return quads;
    }

    private static Literal Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
}
